/**
 * Pure import of training records from tabular rows (CSV/XLSX already read
 * into cells) or from JSON objects. No file access here: the CLI and the
 * mini-program each read files their own way and hand the cells over.
 */
export type { Cell, TableRow } from './cell';
export { tableFromArrays, cellText, columnLetter } from './cell';
export type { ColumnKey, ColumnDefinition } from './columns';
export { columnDefinitions, ignoredHeaders, matchHeader, fieldLabel } from './columns';
export type { ImportIssue, ImportIssueCode } from './import-issue';
export { importIssueCodes } from './import-issue';
export type { ImportedRow, ImportResult, ImportOptions } from './import-table';
export { importRecordTable } from './import-table';
export { importRecordObjects } from './import-objects';
export { parseDateCell, parseDateText, parseDateRangeCell } from './parse-date';
export { parseNumberCell, parseBooleanCell, parseTagsCell, parseAwardCell } from './parse-values';
export type { Vocabulary } from './vocabulary';
export {
  formVocabulary, levelVocabulary, locationVocabulary, contentVocabulary, trackVocabulary, roleVocabulary,
  awardGradeVocabulary, statusVocabulary, matchVocabulary,
} from './vocabulary';
