import { collections } from './collections';

/**
 * Indexes for the hot queries (docs/data-model.md). Plain data: the SQLite
 * adapter takes it as its `indexes` option; in CloudBase the same list is
 * created by hand in the console from the table in docs/deploy.md, which
 * test/backend/docs/deploy-doc.test.ts keeps equal to this list.
 */
export const domainIndexes: Record<string, string[][]> = {
  [collections.people]: [['schoolId', 'name'], ['countyId', 'name'], ['name']],
  [collections.roles]: [['personId'], ['schoolId', 'role'], ['countyId', 'role']],
  [collections.records]: [
    ['teacherId', 'year', 'submittedAt'],
    ['schoolId', 'status', 'submittedAt'],
    ['countyId', 'status', 'submittedAt'],
    ['countyId', 'year'],
    ['teacherId', 'certificateKey'],
  ],
  [collections.policyVersions]: [['countyId', 'year', 'version']],
  [collections.audit]: [['targetId', 'at'], ['countyId', 'at']],
  [collections.uploads]: [['openid', 'createdAt'], ['fileId'], ['sourceFileId'], ['claimedBy', 'createdAt']],
  [collections.schools]: [['countyId', 'name']],
};
