import type { Cell, TableRow } from '@shared/import/cell';
import { csvRows, readRosterTable, xlsResaveMessage, type CsvErrorCode, type RosterTable } from '@shared/roster-import';

/** Why a roster file could not be read at all (stable codes; nothing is imported). */
export type RosterFileError = 'ROSTER_FILE_XLS' | 'ROSTER_FILE_BROKEN' | 'ROSTER_FILE_TYPE' | CsvErrorCode;

/** A roster file read in the browser, or why it could not be. */
export type RosterFile = { ok: true; table: RosterTable } | { ok: false; code: RosterFileError; message: string };

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** CSV bytes as text: UTF-8 when valid, else GB18030 (Excel's「CSV（逗号分隔）」on Chinese Windows). */
function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function plain(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown };
  if (v.richText) return v.richText.map((r) => r.text).join('');
  if (v.result !== undefined) return plain(v.result);
  if (v.text !== undefined) return String(v.text);
  return null;
}

/**
 * exceljs, loaded only when someone imports on H5 / desktop. The constant condition lets
 * webpack drop the import from the mini-program build (≈ 930 KB it would never use).
 */
const loadExcel = process.env.TARO_ENV === 'weapp' ? null : () => import('exceljs');

/** The first sheet of an .xlsx. */
async function xlsxRows(bytes: Uint8Array): Promise<TableRow[] | null> {
  if (!loadExcel) return null;
  const ExcelJS = (await loadExcel()).default;
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    return null;
  }
  const sheet = book.worksheets[0];
  if (!sheet) return [];
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c += 1) cells.push(plain(row.getCell(c).value));
    rows.push({ rowNumber, cells });
  });
  return rows;
}

/**
 * Reads a roster file chosen on a computer: .xlsx (first sheet), .csv (UTF-8 or GBK).
 * An old .xls (Excel 97–2003) is recognised by its bytes and answered with exactly how to
 * resave it; anything else is refused by name.
 */
export async function readRosterFile(name: string, bytes: Uint8Array): Promise<RosterFile> {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { ok: false, code: 'ROSTER_FILE_XLS', message: xlsResaveMessage };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const rows = await xlsxRows(bytes);
    if (!rows) return { ok: false, code: 'ROSTER_FILE_BROKEN', message: `无法读取「${name}」：文件已损坏，或不是 Excel 工作簿（.xlsx）` };
    return { ok: true, table: readRosterTable(rows) };
  }
  if (/\.(csv|txt)$/i.test(name)) {
    const csv = csvRows(decodeCsv(bytes));
    return csv.ok ? { ok: true, table: readRosterTable(csv.rows) } : { ok: false, code: csv.code, message: csv.message };
  }
  return { ok: false, code: 'ROSTER_FILE_TYPE', message: `「${name}」不是 Excel（.xlsx）或 CSV 文件。请在 Excel/WPS 里另存为 .xlsx 后再导入` };
}
