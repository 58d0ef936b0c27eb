/**
 * Registers as data (docs/registers.md): 学分登记卡, 学分统计表, the county-wide
 * table and the personal archive, built from engine reports with columns from
 * the county's policy. Pure; the cloud functions write them with exceljs.
 */
export * from './sheet-model';
export { amountValue } from './sheet-builder';
export { policyColumns, columnHeader, type CategoryColumn } from './policy-columns';
export * from './register-inputs';
export { teacherStatusLabels, statusNotesFor } from './status-labels';
export { buildCardSheet, cardColumns, yearScope, type CardContext } from './card-model';
export { buildSchoolTableSheet, tableHeaders, teacherRowValues } from './table-model';
export { buildCountySheets, countySummaryHeaders, type CountyRegisterInput } from './county-model';
export { buildArchiveWorkbook, recordStatusLabels, type ArchiveRecord } from './archive-model';
export { cardWorkbook, schoolTableWorkbook, countyTableWorkbook } from './workbooks';
export { auditActionLabels } from './audit-labels';
export { signInSheetWorkbook, signInSheetColumns, type SignInSheetInput, type SignInSheetRow } from './sign-in-sheet-model';
export { buildSessionListSheet, sessionListHeaders, type SessionListRow } from './session-list-model';
