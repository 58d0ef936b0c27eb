import { toDecimalString, type Fixed } from '../credits';
import { cell, type CellRange, type CellStyle, type SheetCell, type SheetModel } from './sheet-model';

/** An amount as a spreadsheet number (exact decimal of the fixed-scale integer: 3120000 → 31.2). */
export function amountValue(amount: Fixed): number {
  return Number(toDecimalString(amount));
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
  row(cells: (SheetCell | null)[], height?: number): number {
    const padded = [...cells];
    while (padded.length < this.width) padded.push(null);
    this.sheet.rows.push(padded.slice(0, this.width));
    const n = this.sheet.rows.length;
    if (height !== undefined) this.sheet.heights[n] = height;
    return n;
  }

  /** A row whose single value spans the full width. */
  banner(value: string, style: CellStyle, height?: number): number {
    const n = this.row([cell(value, style), ...Array.from({ length: this.width - 1 }, () => cell(null, style))], height);
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
    const n = this.row(cells, height);
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
