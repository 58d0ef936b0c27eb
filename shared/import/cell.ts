/**
 * One spreadsheet cell as a reader hands it over: CSV readers give strings,
 * XLSX readers give numbers, booleans and Date objects too. Kept this loose so
 * the same importer serves the CLI (csv-parse / exceljs) and the mini-program.
 */
export type Cell = string | number | boolean | Date | null | undefined;

/** One row of a sheet with its real row number (1-based, as the sheet shows it). */
export interface TableRow {
  rowNumber: number;
  cells: readonly Cell[];
}

/** Number arrays of cells 1, 2, 3 … as a sheet would (header = row 1). */
export function tableFromArrays(rows: readonly (readonly Cell[])[]): TableRow[] {
  return rows.map((cells, i) => ({ rowNumber: i + 1, cells }));
}

/** The cell as the administrator sees it, trimmed; '' for empty cells. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** True when the cell carries nothing (blank, spaces only). */
export function isBlank(cell: Cell): boolean {
  return cellText(cell) === '';
}

/**
 * Text folded for matching against vocabularies: full-width letters, digits
 * and brackets become ASCII (NFKC), all white space goes, Latin letters go
 * lower case. Administrators type 「１２」「集中 培训」「（省级）」 and mean the same.
 */
export function foldText(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000]+/g, '').toLowerCase();
}

/** Spreadsheet column letter for a 1-based column index (1 → A, 27 → AA). */
export function columnLetter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
