/**
 * Problems found while importing a sheet. Every issue names the row (as the
 * sheet numbers it) and, where one is at fault, the column header the
 * administrator typed, so the message can be followed without a developer.
 */
export const importIssueCodes = [
  'IMPORT_EMPTY',            // no data rows at all
  'IMPORT_HEADER_NOT_FOUND', // no row looks like a header
  'IMPORT_MISSING_COLUMN',   // a required column is absent
  'IMPORT_DUPLICATE_COLUMN', // two columns mean the same field
  'IMPORT_UNKNOWN_COLUMN',   // warning: a column we do not read
  'IMPORT_REQUIRED',         // required cell is blank
  'IMPORT_NOT_A_NUMBER',
  'IMPORT_BAD_DATE',
  'IMPORT_UNKNOWN_VALUE',    // not in the vocabulary (形式, 级别 …)
  'IMPORT_INVALID',          // rejected by the record schema (range, length …)
  'IMPORT_NOT_AN_OBJECT',    // JSON input: entry is not an object
] as const;

export type ImportIssueCode = (typeof importIssueCodes)[number];

/** One error or warning, machine-readable (code, row, column) and human-readable (message). */
export interface ImportIssue {
  code: ImportIssueCode;
  /** Sheet row number (1-based), or the 1-based index of a JSON record. */
  row?: number;
  /** 1-based column index in the sheet, when a column is at fault. */
  column?: number;
  /** The header as written in the file (or the canonical header if absent). */
  header?: string;
  message: string;
}

/** Build a cell-level issue with the house message shape 第 3 行「学时」：… */
export function cellIssue(
  code: ImportIssueCode,
  row: number,
  column: number | undefined,
  header: string,
  problem: string,
): ImportIssue {
  return { code, row, column, header, message: `第 ${row} 行「${header}」：${problem}` };
}
