import ExcelJS from 'exceljs';
import type { CellStyle, SheetModel, WorkbookModel } from '../../../../shared/registers';
import type { RegisterWriter } from '../../ports/register-writer';

const font = 'SimSun';
const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** How each named style looks on paper: 宋体, black on white, borders on every table cell. */
const styles: Record<CellStyle, { font: Partial<ExcelJS.Font>; alignment: Partial<ExcelJS.Alignment>; border?: Partial<ExcelJS.Borders>; fill?: ExcelJS.Fill }> = {
  title: { font: { name: font, size: 16, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' } },
  subtitle: { font: { name: font, size: 12 }, alignment: { horizontal: 'center', vertical: 'middle' } },
  label: { font: { name: font, size: 11, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, border: box },
  value: { font: { name: font, size: 11 }, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true }, border: box },
  header: {
    font: { name: font, size: 11, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, border: box,
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } },
  },
  text: { font: { name: font, size: 10.5 }, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true }, border: box },
  number: { font: { name: font, size: 10.5 }, alignment: { horizontal: 'right', vertical: 'middle' }, border: box },
  center: { font: { name: font, size: 10.5 }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, border: box },
  total: { font: { name: font, size: 11, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, border: box },
  section: { font: { name: font, size: 12, bold: true }, alignment: { horizontal: 'left', vertical: 'middle' } },
  sign: { font: { name: font, size: 11 }, alignment: { horizontal: 'left', vertical: 'top', wrapText: true }, border: box },
  meta: { font: { name: font, size: 9, color: { argb: 'FF404040' } }, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true } },
};

function addSheet(book: ExcelJS.Workbook, model: SheetModel, imageIds: number[]): void {
  const ws = book.addWorksheet(model.name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: model.landscape ? 'landscape' : 'portrait',
      fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(model.printTitleRows ? { printTitlesRow: `${model.printTitleRows[0]}:${model.printTitleRows[1]}` } : {}),
    },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页', oddHeader: '' },
    views: [{ showGridLines: false }],
  });
  ws.columns = model.widths.map((width) => ({ width }));
  model.rows.forEach((cells, i) => {
    const row = ws.getRow(i + 1);
    const height = model.heights[i + 1];
    if (height !== undefined) row.height = height;
    cells.forEach((c, j) => {
      if (!c) return;
      const target = row.getCell(j + 1);
      if (c.value !== null) target.value = c.value;
      const s = styles[c.style];
      target.font = s.font;
      target.alignment = s.alignment;
      if (s.border) target.border = s.border;
      if (s.fill) target.fill = s.fill;
    });
  });
  for (const [t, l, b, r] of model.merges) ws.mergeCells(t, l, b, r);
  for (const img of model.images) {
    const id = imageIds[img.image];
    if (id === undefined) continue;
    ws.addImage(id, { tl: { col: img.col - 1, row: img.row - 1 }, ext: { width: img.width, height: img.height }, editAs: 'oneCell' });
  }
}

/** The exceljs adapter of {@link RegisterWriter}: A4 page setup, fit to width, repeated header rows, borders, merged titles. */
export const exceljsRegisterWriter: RegisterWriter = {
  contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  extension: 'xlsx',
  async write(model: WorkbookModel): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const created = new Date(model.properties.created);
    book.creator = model.properties.creator;
    book.lastModifiedBy = model.properties.creator;
    book.created = created;
    book.modified = created;
    book.title = model.properties.title;
    book.subject = model.properties.subject;
    book.description = model.properties.description;
    book.company = '师训学分';
    const imageIds = model.images.map((img) => book.addImage({ buffer: Buffer.from(img.bytes) as unknown as ExcelJS.Buffer, extension: img.extension }));
    for (const sheet of model.sheets) addSheet(book, sheet, imageIds);
    const out = await book.xlsx.writeBuffer();
    return Buffer.from(out as ArrayBuffer);
  },
};
