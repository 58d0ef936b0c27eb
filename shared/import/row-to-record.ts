import type { RecordInputRaw, RecordStatus } from '../schemas/record';
import type { Cell, TableRow } from './cell';
import { cellText, foldText, isBlank } from './cell';
import type { ColumnKey } from './columns';
import { columnDefinitions } from './columns';
import type { ImportIssue, ImportIssueCode } from './import-issue';
import { cellIssue } from './import-issue';
import type { ColumnRef } from './locate-header';
import { parseDateCell, parseDateRangeCell } from './parse-date';
import type { ValueParse } from './parse-values';
import { parseAwardCell, parseBooleanCell, parseNumberCell, parseTagsCell } from './parse-values';
import type { Vocabulary } from './vocabulary';
import {
  contentVocabulary, describeVocabulary, formVocabulary, levelVocabulary, locationVocabulary, matchVocabulary,
  roleVocabulary, statusVocabulary, trackVocabulary,
} from './vocabulary';

/** A row read into the shape the record schema accepts, before schema validation. */
export interface RawRow {
  rowNumber: number;
  raw: Partial<RecordInputRaw>;
  status?: RecordStatus;
  teacherId?: string;
  teacherName?: string;
  /** Fields whose cell was blank or unreadable (already reported), so schema checks skip them. */
  failed: Set<ColumnKey>;
}

const statusWords = '草稿、已提交、已退回、重新提交、已通过、已撤回';

/**
 * Read one data row cell by cell. Every problem becomes an issue naming the
 * row and the header as typed; the row's value is left out so the schema is
 * not asked about it again.
 */
export function readRow(row: TableRow, columns: ReadonlyMap<ColumnKey, ColumnRef>, issues: ImportIssue[]): RawRow {
  const out: RawRow = { rowNumber: row.rowNumber, raw: {}, failed: new Set() };
  const raw = out.raw;
  const at = (key: ColumnKey): { cell: Cell; ref: ColumnRef } | undefined => {
    const ref = columns.get(key);
    if (!ref) return undefined;
    const cell = row.cells[ref.index];
    return isBlank(cell) ? undefined : { cell, ref };
  };
  const fail = (key: ColumnKey, code: ImportIssueCode, ref: ColumnRef, problem: string) => {
    out.failed.add(key);
    issues.push(cellIssue(code, row.rowNumber, ref.index + 1, ref.header, problem));
  };
  const required = (key: ColumnKey) => {
    out.failed.add(key);
    const ref = columns.get(key);
    const header = ref?.header ?? columnDefinitions.find((d) => d.key === key)?.header ?? key;
    issues.push(cellIssue('IMPORT_REQUIRED', row.rowNumber, ref ? ref.index + 1 : undefined, header, '不能为空'));
  };
  const take = <T>(key: ColumnKey, parse: (cell: Cell) => ValueParse<T>, code: ImportIssueCode): T | undefined => {
    const hit = at(key);
    if (!hit) return undefined;
    const result = parse(hit.cell);
    if (result.ok) return result.value;
    fail(key, code, hit.ref, result.problem);
    return undefined;
  };
  const vocab = <T extends string>(key: ColumnKey, v: Vocabulary<T>, words = describeVocabulary(v)): T | undefined =>
    take(key, (cell) => {
      const value = matchVocabulary(v, cellText(cell));
      return value ? { ok: true, value } : { ok: false, problem: `应为 ${words} 之一，实际为「${cellText(cell)}」` };
    }, 'IMPORT_UNKNOWN_VALUE');
  const text = (key: ColumnKey): string | undefined => {
    const hit = at(key);
    return hit ? cellText(hit.cell) : undefined;
  };

  raw.title = text('title');
  if (raw.title === undefined) required('title');
  raw.organizer = text('organizer');
  if (at('hours')) raw.hours = take('hours', parseNumberCell, 'IMPORT_NOT_A_NUMBER');
  else required('hours');

  readDates(out, at, take, (key) => required(key === 'startDate' && !columns.has('startDate') ? 'dates' : key));

  raw.form = vocab('form', formVocabulary);
  if (!at('form')) required('form');
  raw.level = vocab('level', levelVocabulary);
  if (!at('level')) required('level');
  raw.location = vocab('location', locationVocabulary);
  raw.content = vocab('content', contentVocabulary);
  raw.track = vocab('track', trackVocabulary);
  raw.role = vocab('role', roleVocabulary);
  if (at('tags')) raw.tags = parseTagsCell(at('tags')?.cell);
  raw.topic = text('topic');
  raw.passed = take('passed', parseBooleanCell, 'IMPORT_UNKNOWN_VALUE');
  // A 考核等次 column holds 不合格 as well as 良好/优秀: a failed assessment, not an award.
  const awardCell = at('award');
  if (awardCell && foldText(cellText(awardCell.cell)) === '不合格') raw.passed ??= false;
  else {
    const award = take('award', (c) => parseAwardCell(c, raw.level), 'IMPORT_UNKNOWN_VALUE');
    if (award) raw.award = award;
  }
  raw.certificateNo = text('certificateNo');
  raw.hasCertificate = take('hasCertificate', parseBooleanCell, 'IMPORT_UNKNOWN_VALUE');
  // A certificate number is evidence of a certificate when the sheet has no 有证书 column.
  if (raw.hasCertificate === undefined && raw.certificateNo) raw.hasCertificate = true;
  raw.projectRef = text('projectRef');

  const composite = {
    onlineScore: take('onlineScore', parseNumberCell, 'IMPORT_NOT_A_NUMBER'),
    offlineScore: take('offlineScore', parseNumberCell, 'IMPORT_NOT_A_NUMBER'),
    onlinePassed: take('onlinePassed', parseBooleanCell, 'IMPORT_UNKNOWN_VALUE'),
    offlinePassed: take('offlinePassed', parseBooleanCell, 'IMPORT_UNKNOWN_VALUE'),
  };
  if (Object.values(composite).some((v) => v !== undefined)) raw.composite = composite;

  out.status = vocab('status', statusVocabulary, statusWords);
  out.teacherId = text('teacherId');
  out.teacherName = text('teacherName');
  for (const key of Object.keys(raw) as (keyof RecordInputRaw)[]) if (raw[key] === undefined) delete raw[key];
  return out;
}

type At = (key: ColumnKey) => { cell: Cell; ref: ColumnRef } | undefined;
type Take = <T>(key: ColumnKey, parse: (cell: Cell) => ValueParse<T>, code: ImportIssueCode) => T | undefined;

/** 开始日期/结束日期, or one 日期 column holding a day or a range; a missing end means a one-day training. */
function readDates(out: RawRow, at: At, take: Take, required: (key: ColumnKey) => void): void {
  const raw = out.raw;
  const dateOf = (cell: Cell): ValueParse<string> => {
    const r = parseDateCell(cell);
    return r.ok ? { ok: true, value: r.date } : r;
  };
  raw.startDate = take('startDate', dateOf, 'IMPORT_BAD_DATE');
  raw.endDate = take('endDate', dateOf, 'IMPORT_BAD_DATE');
  if (!at('startDate')) {
    const range = take('dates', (cell) => {
      const r = parseDateRangeCell(cell);
      return r.ok ? { ok: true, value: r } : r;
    }, 'IMPORT_BAD_DATE');
    if (range) {
      raw.startDate = range.start;
      raw.endDate ??= range.end;
    } else if (!at('dates')) required('startDate');
  }
  if (raw.startDate && !at('endDate') && !at('dates')) raw.endDate = raw.startDate;
}
