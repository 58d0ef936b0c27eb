import type { ImportedRow } from '../../shared/import';
import type { CreditRecord } from '../../shared/schemas/record';

/** One teacher's records as read from the file, with where each came from. */
export interface TeacherRecords {
  teacherId: string;
  name?: string;
  /** No 教师编号/姓名 in the file: the id is the file name. */
  fromFileName: boolean;
  records: CreditRecord[];
  /** recordId → 「第 3 行」 (sheet) or 「第 3 条」 (JSON). */
  origin: Map<string, string>;
}

export type Grouping = { ok: true; teachers: TeacherRecords[] } | { ok: false; messages: string[] };

/**
 * Split imported rows by teacher (教师编号, else 姓名). A file without either
 * column is one teacher, named after `fallbackId`. When a file names several
 * teachers, a row naming none cannot be placed: that is an error, not a guess.
 */
export function groupByTeacher(rows: readonly ImportedRow[], fallbackId: string, unit: '行' | '条'): Grouping {
  const keyOf = (r: ImportedRow) => r.teacherId ?? r.teacherName;
  const keys = new Set(rows.map(keyOf).filter((k): k is string => k !== undefined));
  const unnamed = rows.filter((r) => keyOf(r) === undefined);
  if (keys.size > 1 && unnamed.length > 0) {
    return { ok: false, messages: unnamed.map((r) => `第 ${r.rowNumber} ${unit}：文件里有多名教师，这一${unit === '行' ? '行' : '条'}没有写教师编号或姓名`) };
  }
  const single = keys.size <= 1 ? [...keys][0] ?? fallbackId : undefined;
  const byKey = new Map<string, TeacherRecords>();
  for (const row of rows) {
    const key = single ?? keyOf(row) ?? fallbackId;
    let group = byKey.get(key);
    if (!group) {
      group = { teacherId: row.teacherId ?? key, fromFileName: keys.size === 0, records: [], origin: new Map() };
      byKey.set(key, group);
    }
    if (!group.name && row.teacherName) group.name = row.teacherName;
    const id = `r${row.rowNumber}`;
    group.records.push({ ...row.record, id, teacherId: group.teacherId, status: row.status });
    group.origin.set(id, `第 ${row.rowNumber} ${unit}`);
  }
  return { ok: true, teachers: [...byKey.values()] };
}
