import type { OcrLine } from '../schemas/certificate-reading';
import { normaliseLine } from './normalise-text';

/** A printed row: the OCR boxes that sit side by side, left to right. */
export interface TextRow {
  /** Normalised text; boxes of one row are joined by a tab. */
  text: string;
  /** Lowest confidence of its boxes (a field is only as sure as its weakest part). */
  confidence: number;
  top: number;
  bottom: number;
}

/**
 * OCR engines answer boxes in no particular order. Sorts them top to bottom
 * and merges boxes whose vertical extents overlap by more than half of the
 * smaller one into one row (「姓名：张三」 and 「性别：女」 printed side by side).
 */
export function groupRows(lines: readonly OcrLine[]): TextRow[] {
  const sorted = lines.filter((l) => l.text.trim() !== '').slice().sort((a, b) => (a.box[1] + a.box[3]) - (b.box[1] + b.box[3]));
  const rows: OcrLine[][] = [];
  for (const line of sorted) {
    const row = rows[rows.length - 1];
    const last = row?.[row.length - 1];
    if (row && last) {
      const overlap = Math.min(last.box[3], line.box[3]) - Math.max(last.box[1], line.box[1]);
      const smaller = Math.min(last.box[3] - last.box[1], line.box[3] - line.box[1]);
      if (smaller > 0 && overlap > smaller / 2) { row.push(line); continue; }
    }
    rows.push([line]);
  }
  return rows.map((row) => {
    const ordered = row.slice().sort((a, b) => a.box[0] - b.box[0]);
    return {
      text: ordered.map((l) => normaliseLine(l.text)).join('\t'),
      confidence: Math.min(...ordered.map((l) => l.confidence)),
      top: Math.min(...ordered.map((l) => l.box[1])),
      bottom: Math.max(...ordered.map((l) => l.box[3])),
    };
  });
}
