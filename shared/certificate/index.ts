/** Certificate reading: OCR lines → record fields with confidences (pure, runs on the phone too). */
export { extractFields, type ExtractOptions } from './extract-fields';
export { toRecordPrefill, type RecordPrefill } from './to-record-prefill';
export { parseChineseNumber, parseAnyNumber } from './chinese-numerals';
export { normaliseLine } from './normalise-text';
export { levelOfIssuer } from './infer-level';
export { dHashDistance } from './dhash-distance';
