import { toDecimalString, type Fixed } from '../credits';
import { cell, type CellRange, type CellStyle, type SheetCell, type SheetModel } from './sheet-model';

/** An amount as a spreadsheet number (exact decimal of the fixed-scale integer: 3120000 → 31.2). */
export function amountValue(amount: Fixed): number {
  return Number(toDecimalString(amount));
}

/** Display width of text in character cells: CJK and full-width characters count two. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

const lineHeight = 15;

/** Height (points) a row needs so wrapped text shows whole; 0 when one line is enough. */
function fittedHeight(cells: readonly (SheetCell | null)[], widths: readonly number[], spans?: readonly number[]): number {
  let lines = 1;
  cells.forEach((c, i) => {
    if (!c || typeof c.value !== 'string' || c.style === 'title') return;
    const span = spans?.[i] ?? 1;
    let width = 0;
    for (let k = i; k < i + span && k < widths.length; k += 1) width += widths[k] ?? 0;
    // Column widths are in characters of the default font; leave a little room for padding.
    const usable = Math.max(1, width * 1.1 - 1);
    lines = Math.max(lines, Math.ceil(textWidth(c.value) / usable));
  });
  return lines > 1 ? lines * lineHeight + 3 : 0;
}

/**
 * Appends rows to a sheet model one at a time, tracking row numbers, merges and
 * heights, so the register builders read top to bottom like the paper form.
 */
export class SheetBuilder {
  readonly sheet: SheetModel;

  constructor(name: string, widths: number[], landscape: boolean) {
    this.sheet = { name, widths, rows: [], merges: [], heights: {}, printTitleRows: null, landscape, images: [] };
  }

  /** Number of columns. */
  get width(): number {
    return this.sheet.widths.length;
  }

  /** 1-based number of the next row to be added. */
  get next(): number {
    return this.sheet.rows.length + 1;
  }

  /** Adds a row (padded to the sheet width); returns its 1-based number. */
  row(cells: (SheetCell | null)[], height?: number, spans?: number[]): number {
    const padded = [...cells];
    while (padded.length < this.width) padded.push(null);
    this.sheet.rows.push(padded.slice(0, this.width));
    const n = this.sheet.rows.length;
    // Spreadsheet apps do not grow a row for wrapped text written by a library: size it here.
    const needed = Math.max(height ?? 0, fittedHeight(padded, this.sheet.widths, spans));
    if (needed > 0) this.sheet.heights[n] = needed;
    return n;
  }

  /** A row whose single value spans the full width. */
  banner(value: string, style: CellStyle, height?: number): number {
    const n = this.row([cell(value, style), ...Array.from({ length: this.width - 1 }, () => cell(null, style))], height, [this.width]);
    this.merge([n, 1, n, this.width]);
    return n;
  }

  /**
   * A row of [text, span] pieces laid left to right; each piece spans `span`
   * columns (merged when > 1). Spans must add up to at most the width.
   */
  spans(pieces: [string | number | null, number, CellStyle][], height?: number): number {
    const cells: SheetCell[] = [];
    const merges: CellRange[] = [];
    for (const [value, span, style] of pieces) {
      const start = cells.length + 1;
      cells.push(cell(value, style));
      for (let i = 1; i < span; i += 1) cells.push(cell(null, style));
      if (span > 1) merges.push([0, start, 0, start + span - 1]);
    }
    const spanOf = cells.map(() => 1);
    for (const [, l, , r] of merges) spanOf[l - 1] = r - l + 1;
    const n = this.row(cells, height, spanOf);
    for (const [, l, , r] of merges) this.merge([n, l, n, r]);
    return n;
  }

  merge(range: CellRange): void {
    this.sheet.merges.push(range);
  }

  blank(height?: number): number {
    return this.row([], height);
  }
}
