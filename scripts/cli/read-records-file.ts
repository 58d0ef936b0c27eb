import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ImportIssue, ImportResult } from '../../shared/import';
import { importRecordObjects, importRecordTable } from '../../shared/import';
import type { RecordStatus } from '../../shared/schemas/record';
import { teacherContextSchema, type TeacherContext } from '../../shared/schemas/teacher-context';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';

/** Why a file could not be turned into records: unreadable (exit 1) or bad content (exit 2). */
export type FileProblem =
  | { kind: 'unreadable'; message: string }
  | { kind: 'invalid'; errors: ImportIssue[] };

export type RecordsFileRead =
  | { ok: true; import: Extract<ImportResult, { ok: true }>; teacher?: Partial<TeacherContext>; source: string }
  | { ok: false; problem: FileProblem };

const invalid = (message: string, code: ImportIssue['code'] = 'IMPORT_NOT_AN_OBJECT'): RecordsFileRead =>
  ({ ok: false, problem: { kind: 'invalid', errors: [{ code, message }] } });

/** JSON.parse with the position turned into 第 N 行第 M 列 for the message. */
function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    if (position === undefined) return { ok: false, message: 'JSON 格式错误：文件不完整或不是 JSON' };
    const before = text.slice(0, Number(position)).split('\n');
    return { ok: false, message: `JSON 格式错误：第 ${before.length} 行第 ${(before.at(-1)?.length ?? 0) + 1} 列附近` };
  }
}

/**
 * Read a records file (.json, .csv, .xlsx) and import it. Rows without a 状态
 * default to `defaultStatus`. A JSON file may also carry `teacher`
 * ({ teacherId, name, statuses, hiredOn }) next to `records`.
 */
export async function readRecordsFile(path: string, defaultStatus: RecordStatus): Promise<RecordsFileRead> {
  const unreadable = (message: string): RecordsFileRead => ({ ok: false, problem: { kind: 'unreadable', message } });
  let bytes: Buffer;
  try {
    if ((await stat(path)).isDirectory()) return unreadable(`这是一个文件夹，不是记录文件：${path}`);
    const ext = extname(path).toLowerCase();
    if (ext === '.xls') return unreadable('不支持旧版 Excel（.xls）文件，请在 Excel/WPS 中“另存为” .xlsx 或 “CSV UTF-8”');
    if (!['.json', '.csv', '.txt', '.tsv', '.xlsx'].includes(ext)) {
      return unreadable(`不支持的文件类型「${ext || '无扩展名'}」：请使用 .csv、.xlsx 或 .json`);
    }
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return unreadable(code === 'ENOENT' ? `找不到文件：${path}` : `无法读取文件：${path}（${code ?? '未知原因'}）`);
  }
  const ext = extname(path).toLowerCase();
  let result: ImportResult;
  let teacher: Partial<TeacherContext> | undefined;
  if (ext === '.json') {
    const parsed = parseJson(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''));
    if (!parsed.ok) return invalid(parsed.message);
    result = importRecordObjects(parsed.value, { defaultStatus });
    const value = parsed.value as { teacher?: unknown };
    if (result.ok && value && typeof value === 'object' && !Array.isArray(value) && value.teacher !== undefined) {
      const t = teacherContextSchema.partial().safeParse(value.teacher);
      if (!t.success) return invalid(`「teacher」字段不正确：${t.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('；')}`);
      teacher = t.data;
    }
  } else if (ext === '.csv' || ext === '.txt' || ext === '.tsv') {
    if (bytes.length === 0) return invalid('文件是空的', 'IMPORT_EMPTY');
    const csv = readCsv(bytes);
    if (!csv.ok) return invalid(csv.message);
    result = importRecordTable(csv.rows, { defaultStatus });
  } else {
    if (bytes.length === 0) return invalid('文件是空的', 'IMPORT_EMPTY');
    const xlsx = await readXlsx(bytes);
    if (!xlsx.ok) return invalid(xlsx.message);
    result = importRecordTable(xlsx.rows, { defaultStatus });
  }
  if (!result.ok) return { ok: false, problem: { kind: 'invalid', errors: result.errors } };
  return { ok: true, import: result, source: path, ...(teacher ? { teacher } : {}) };
}
