import type { RecordStatus } from '../schemas/record';
import { recordInputSchema } from '../schemas/record';
import { fieldLabel } from './columns';
import type { ImportIssue } from './import-issue';
import type { ImportedRow, ImportOptions, ImportResult } from './import-table';
import { issueProblem } from './schema-issues';
import { matchVocabulary, statusVocabulary } from './vocabulary';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * Validate records given as objects (a JSON file: an array, or `{ records: [...] }`).
 * Same all-or-nothing contract and result as {@link importRecordTable};
 * `row` in an issue is the 1-based position of the record in the list.
 * Besides the record fields, an entry may carry teacherId, teacherName and status.
 */
export function importRecordObjects(input: unknown, options: ImportOptions = {}): ImportResult {
  const list = Array.isArray(input) ? input : isObject(input) && Array.isArray(input.records) ? input.records : undefined;
  if (!list) {
    return { ok: false, errors: [{ code: 'IMPORT_NOT_AN_OBJECT', message: '内容应为记录数组，或形如 { "records": [...] } 的对象' }], warnings: [] };
  }
  if (list.length === 0) return { ok: false, errors: [{ code: 'IMPORT_EMPTY', message: '记录列表是空的' }], warnings: [] };

  const errors: ImportIssue[] = [];
  const rows: ImportedRow[] = [];
  list.forEach((entry: unknown, i) => {
    const n = i + 1;
    if (!isObject(entry)) {
      errors.push({ code: 'IMPORT_NOT_AN_OBJECT', row: n, message: `第 ${n} 条记录：应为对象` });
      return;
    }
    let status: RecordStatus | undefined;
    if (entry.status !== undefined) {
      status = typeof entry.status === 'string' ? matchVocabulary(statusVocabulary, entry.status) : undefined;
      if (!status) {
        errors.push({ code: 'IMPORT_UNKNOWN_VALUE', row: n, header: '状态', message: `第 ${n} 条记录「状态」：应为 ${statusVocabulary.values.join('、')} 之一，实际为「${String(entry.status)}」` });
      }
    }
    const parsed = recordInputSchema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] === 'composite' && issue.path[1] !== undefined ? String(issue.path[1]) : String(issue.path[0] ?? '');
        const header = fieldLabel(key);
        errors.push({ code: 'IMPORT_INVALID', row: n, header, message: `第 ${n} 条记录「${header}」：${issueProblem(issue)}` });
      }
      return;
    }
    if (errors.length > 0) return;
    const teacherId = optionalText(entry.teacherId);
    const teacherName = optionalText(entry.teacherName);
    rows.push({
      rowNumber: n,
      ...(teacherId ? { teacherId } : {}),
      ...(teacherName ? { teacherName } : {}),
      status: status ?? options.defaultStatus ?? 'submitted',
      record: parsed.data,
    });
  });
  return errors.length > 0 ? { ok: false, errors, warnings: [] } : { ok: true, rows, warnings: [] };
}
