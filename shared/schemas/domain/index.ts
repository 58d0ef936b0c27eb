/** Stored-document schemas (see docs/data-model.md). */
export * from './common';
export * from './collections';
export * from './county';
export * from './school';
export * from './person';
export * from './role-assignment';
export * from './binding';
export * from './bind-attempt';
export * from './upload';
export * from './record-doc';
export * from './certificate-claim';
export * from './policy-version';
export * from './audit-entry';
export * from './indexes';
export * from './export-log';
export * from './message';
