import type { OcrLine } from '../schemas/certificate-reading';
import { groupRows, type TextRow } from './group-rows';

/** The certificate's rows plus one joined string, so sentence rules can cross a line break. */
export interface CertificateText {
  rows: TextRow[];
  /** Rows joined by '\n'. */
  joined: string;
  /** Offset of each row in `joined`. */
  starts: number[];
}

/** Where a rule found its value: the text span, the rows' confidence, the source lines. */
export interface Hit {
  value: string;
  confidence: number;
  source: string;
  /** Index of the first row involved. */
  row: number;
}

/** Builds the text model from OCR lines. */
export function certificateText(lines: readonly OcrLine[]): CertificateText {
  const rows = groupRows(lines);
  const starts: number[] = [];
  let offset = 0;
  for (const row of rows) { starts.push(offset); offset += row.text.length + 1; }
  return { rows, joined: rows.map((r) => r.text).join('\n'), starts };
}

function rowOf(text: CertificateText, offset: number): number {
  let i = 0;
  while (i + 1 < text.starts.length && (text.starts[i + 1] ?? Infinity) <= offset) i += 1;
  return i;
}

/** The hit for `[start, end)` of the joined text: value, lowest row confidence over the span, source rows. */
export function hitAt(text: CertificateText, value: string, start: number, end: number): Hit {
  const first = rowOf(text, start);
  const last = rowOf(text, Math.max(start, end - 1));
  const rows = text.rows.slice(first, last + 1);
  return {
    value,
    confidence: Math.min(...rows.map((r) => r.confidence)),
    source: rows.map((r) => r.text.replace(/\t/g, ' ')).join(' ').slice(0, 500),
    row: first,
  };
}

/** Every match of a global regex over the joined text, with `group` as the value. */
export function findAll(text: CertificateText, re: RegExp, group = 1): Array<Hit & { match: RegExpExecArray }> {
  const out: Array<Hit & { match: RegExpExecArray }> = [];
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (let m = g.exec(text.joined); m; m = g.exec(text.joined)) {
    const value = m[group] ?? '';
    const at = m.index + m[0].indexOf(value);
    out.push({ ...hitAt(text, value, at, at + value.length), match: m });
    if (m[0].length === 0) g.lastIndex += 1;
  }
  return out;
}
