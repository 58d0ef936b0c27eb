/** Roster files (xlsx/csv read into cells) → roster.import rows with row-precise Chinese messages. */
export { readRosterTable, toSheetRows, xlsResaveMessage, type RosterTable, type RosterTableRow, type RosterTableIssue } from './roster-table';
export { csvRows, csvErrorCodes, type CsvCells, type CsvErrorCode } from './csv-cells';
