import type { RecordInput, RecordStatus } from '../schemas/record';
import { recordInputSchema } from '../schemas/record';
import type { TableRow } from './cell';
import { cellText, isBlank } from './cell';
import type { ColumnKey } from './columns';
import { fieldLabel } from './columns';
import type { ImportIssue } from './import-issue';
import { cellIssue } from './import-issue';
import type { ColumnRef } from './locate-header';
import { locateHeader } from './locate-header';
import { readRow } from './row-to-record';
import { issueProblem } from './schema-issues';

/** One imported record with the sheet row it came from (for messages and traceability). */
export interface ImportedRow {
  rowNumber: number;
  /** 教师编号 / 姓名 when the sheet carries them (one sheet may cover many teachers). */
  teacherId?: string;
  teacherName?: string;
  status: RecordStatus;
  record: RecordInput;
}

export type ImportResult =
  | { ok: true; rows: ImportedRow[]; warnings: ImportIssue[] }
  | { ok: false; errors: ImportIssue[]; warnings: ImportIssue[] };

export interface ImportOptions {
  /** Status of rows without a 状态 cell. The county CLI checks approved records; a teacher upload would say 'submitted'. */
  defaultStatus?: RecordStatus;
}

/** Field of the record schema → column that fed it (composite scores map to their own columns). */
function columnOf(path: readonly PropertyKey[]): ColumnKey {
  const [first, second] = path;
  if (first === 'composite' && typeof second === 'string') return second as ColumnKey;
  return String(first) as ColumnKey;
}

/**
 * Turn a sheet (header row + data rows, any cell types) into validated records.
 * All-or-nothing: every problem in every row is reported at once, and no
 * record is returned while any remains, so nothing is half-imported.
 */
export function importRecordTable(rows: readonly TableRow[], options: ImportOptions = {}): ImportResult {
  const located = locateHeader(rows);
  if (!located.ok) return { ok: false, errors: located.errors, warnings: [] };
  const { columns, headerRow, warnings } = located;
  const errors: ImportIssue[] = [];
  const imported: ImportedRow[] = [];

  for (const row of rows) {
    if (row.rowNumber <= headerRow || row.cells.every(isBlank)) continue;
    const rowIssues: ImportIssue[] = [];
    const read = readRow(row, columns, rowIssues);
    const parsed = recordInputSchema.safeParse(read.raw);
    if (!parsed.success) {
      // The schema also checks the readable cells of a row with unreadable ones; skip what is already reported.
      const dates = read.failed.has('dates') ? ['startDate', 'endDate'] : [];
      for (const issue of parsed.error.issues) {
        const key = columnOf(issue.path);
        if (!read.failed.has(key) && !dates.includes(key)) rowIssues.push(schemaIssue(row, columns, issue));
      }
    }
    if (rowIssues.length > 0 || !parsed.success) {
      // Left to right, as the administrator reads the row.
      errors.push(...rowIssues.sort((a, b) => (a.column ?? Infinity) - (b.column ?? Infinity)));
      continue;
    }
    imported.push({
      rowNumber: row.rowNumber,
      ...(read.teacherId ? { teacherId: read.teacherId } : {}),
      ...(read.teacherName ? { teacherName: read.teacherName } : {}),
      status: read.status ?? options.defaultStatus ?? 'submitted',
      record: parsed.data,
    });
  }
  if (errors.length > 0) return { ok: false, errors, warnings };
  if (imported.length === 0) {
    return { ok: false, errors: [{ code: 'IMPORT_EMPTY', row: headerRow, message: `第 ${headerRow} 行表头下面没有任何记录` }], warnings };
  }
  return { ok: true, rows: imported, warnings };
}

function schemaIssue(
  row: TableRow,
  columns: ReadonlyMap<ColumnKey, ColumnRef>,
  issue: Parameters<typeof issueProblem>[0],
): ImportIssue {
  const key = columnOf(issue.path);
  // 日期 range columns feed both start and end.
  const ref = columns.get(key) ?? ((key === 'startDate' || key === 'endDate') ? columns.get('dates') : undefined);
  const header = ref?.header ?? fieldLabel(key);
  const cell = ref ? row.cells[ref.index] : undefined;
  const shown = cellText(cell);
  const problem = shown ? `${issueProblem(issue)}，实际为「${shown}」` : issueProblem(issue);
  return cellIssue('IMPORT_INVALID', row.rowNumber, ref ? ref.index + 1 : undefined, header, problem);
}
