import type { TableRow } from './cell';
import { cellText, columnLetter, isBlank } from './cell';
import type { ColumnKey } from './columns';
import { columnDefinitions, matchHeader } from './columns';
import type { ImportIssue } from './import-issue';
import { cellIssue } from './import-issue';

/** Where a field sits in the sheet: 0-based cell index and the header as typed. */
export interface ColumnRef {
  index: number;
  header: string;
}

export type HeaderLocation =
  | { ok: true; headerRow: number; columns: Map<ColumnKey, ColumnRef>; warnings: ImportIssue[] }
  | { ok: false; errors: ImportIssue[] };

/** Sheets often open with a title row or two; look this far for the header. */
const headerSearchRows = 10;

function recognisedCount(row: TableRow): number {
  return row.cells.filter((c) => {
    const m = matchHeader(cellText(c));
    return m !== undefined && m !== 'ignored';
  }).length;
}

function requiredList(): string {
  return columnDefinitions.filter((d) => d.required).map((d) => `「${d.header}」`).join('');
}

/**
 * Find the header row (the first of the opening rows naming at least two known
 * columns) and map each field to its column. Missing required columns and
 * duplicates are errors; unknown columns are errors too when a required column
 * is missing (a misspelt header is the likely cause), warnings otherwise.
 */
export function locateHeader(rows: readonly TableRow[]): HeaderLocation {
  const opening = rows.filter((r) => !r.cells.every(isBlank)).slice(0, headerSearchRows);
  const header = opening.find((r) => recognisedCount(r) >= 2);
  if (!header) {
    const first = opening[0];
    const seen = first ? first.cells.map(cellText).filter((t) => t !== '').map((t) => `「${t}」`).join('') : '';
    const message = first
      ? `找不到表头：第 ${first.rowNumber} 行的列名 ${seen} 都无法识别；表头至少要有 ${requiredList()} 这几列`
      : '文件里没有任何内容';
    return { ok: false, errors: [{ code: first ? 'IMPORT_HEADER_NOT_FOUND' : 'IMPORT_EMPTY', row: first?.rowNumber, message }] };
  }

  const columns = new Map<ColumnKey, ColumnRef>();
  const errors: ImportIssue[] = [];
  const unknown: ImportIssue[] = [];
  header.cells.forEach((cell, index) => {
    const text = cellText(cell);
    const match = matchHeader(text);
    if (text === '' || match === 'ignored') return;
    if (!match) {
      unknown.push(cellIssue('IMPORT_UNKNOWN_COLUMN', header.rowNumber, index + 1, text,
        `第 ${columnLetter(index + 1)} 列的列名无法识别，这一列不会被读取（可用列名见 docs/cli.md）`));
      return;
    }
    const previous = columns.get(match.key);
    if (previous) {
      errors.push(cellIssue('IMPORT_DUPLICATE_COLUMN', header.rowNumber, index + 1, text,
        `与第 ${columnLetter(previous.index + 1)} 列「${previous.header}」表示同一项，只能保留一列`));
      return;
    }
    columns.set(match.key, { index, header: text });
  });

  for (const def of columnDefinitions) {
    if (!def.required || columns.has(def.key)) continue;
    if (def.key === 'startDate' && columns.has('dates')) continue;
    errors.push({
      code: 'IMPORT_MISSING_COLUMN',
      row: header.rowNumber,
      header: def.header,
      message: `第 ${header.rowNumber} 行（表头）缺少「${def.header}」列（也可写作：${def.aliases.slice(0, 3).join('、')}）`,
    });
  }
  if (errors.some((e) => e.code === 'IMPORT_MISSING_COLUMN')) return { ok: false, errors: [...errors, ...unknown] };
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, headerRow: header.rowNumber, columns, warnings: unknown };
}
