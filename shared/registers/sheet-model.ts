/**
 * A register as plain data: sheets of cells with a named style, merges, column
 * widths and print setup. Built by pure functions from the engine's reports, so
 * the same data always gives the same cells; a RegisterWriter (exceljs in the
 * cloud functions) turns it into an .xlsx file.
 */

/** Named cell styles; the writer maps each to fonts, borders and alignment. */
export const cellStyles = [
  'title', 'subtitle', 'label', 'value', 'header', 'text', 'number', 'center', 'total', 'section', 'sign', 'meta',
] as const;
export type CellStyle = (typeof cellStyles)[number];

export interface SheetCell {
  value: string | number | null;
  style: CellStyle;
}

/** 1-based inclusive range: [top, left, bottom, right]. */
export type CellRange = [number, number, number, number];

export interface SheetImage {
  /** Index into {@link WorkbookModel.images}. */
  image: number;
  /** 1-based top-left cell the picture is anchored at. */
  row: number;
  col: number;
  width: number;
  height: number;
}

export interface SheetModel {
  /** ≤ 31 characters, unique in the workbook, none of []:*?/\ (Excel's rules). */
  name: string;
  /** Column widths in characters. */
  widths: number[];
  /** Row by row; `null` = empty cell. Row i of the array is sheet row i + 1. */
  rows: (SheetCell | null)[][];
  merges: CellRange[];
  /** Row heights in points, by 1-based row number. */
  heights: Record<number, number>;
  /** Rows repeated on every printed page (the table header), 1-based inclusive. */
  printTitleRows: [number, number] | null;
  landscape: boolean;
  images: SheetImage[];
}

export interface WorkbookModel {
  sheets: SheetModel[];
  /** Pictures embedded in the workbook (certificate photos of a personal archive). */
  images: { bytes: Uint8Array; extension: 'jpeg' | 'png' }[];
  /** File properties: who exported it, when, under which policy (shown by Excel/WPS under 属性). */
  properties: { title: string; subject: string; creator: string; created: string; description: string };
}

/** A cell. */
export const cell = (value: string | number | null, style: CellStyle = 'text'): SheetCell => ({ value, style });

const forbidden = /[[\]:*?/\\]/g;

/** A valid, unique sheet name from `wanted` (Excel: ≤ 31 chars, no []:*?/\). */
export function sheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base = (wanted.replace(forbidden, '·').trim() || '工作表').slice(0, 31);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `(${n})`;
    const candidate = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
