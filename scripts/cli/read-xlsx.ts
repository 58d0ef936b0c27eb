import ExcelJS from 'exceljs';
import type { Cell, TableRow } from '../../shared/import';

/** Outcome of reading an XLSX workbook's first sheet. */
export type XlsxRead = { ok: true; rows: TableRow[]; sheetName: string } | { ok: false; message: string };

/**
 * An exceljs cell value folded to a plain cell: formulas give their cached
 * result, rich text and hyperlinks their text, error cells (#VALUE!) their code.
 */
function plainCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) return null;
    return typeof result === 'object' && !(result instanceof Date) ? String(result.error) : result;
  }
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

/** Read the first worksheet of an .xlsx file into rows with their real sheet row numbers. */
export async function readXlsx(bytes: Uint8Array): Promise<XlsxRead> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types want a Node Buffer; wrap the bytes without copying.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return { ok: false, message: '无法读取这个 Excel 文件：文件已损坏，或不是 .xlsx 格式（旧版 .xls 请先另存为 .xlsx）' };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, message: '这个 Excel 文件里没有工作表' };
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c += 1) {
      const cell = row.getCell(c);
      // exceljs repeats a merged range's value in every cell; the sheet shows it once.
      cells.push(cell.isMerged && cell.master !== cell ? null : plainCell(cell.value));
    }
    rows.push({ rowNumber, cells });
  });
  return { ok: true, rows, sheetName: sheet.name };
}
