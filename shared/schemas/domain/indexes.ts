import { collections } from './collections';

/**
 * Indexes for the hot queries (docs/data-model.md). Plain data: the SQLite
 * adapter takes it as its `indexes` option; in CloudBase the same list is
 * created by hand in the console from the table in docs/deploy.md, which
 * test/backend/docs/deploy-doc.test.ts keeps equal to this list.
 */
export const domainIndexes: Record<string, string[][]> = {
  [collections.people]: [['schoolId', 'name'], ['countyId', 'name'], ['name'], ['countyId', 'updatedAt']],
  [collections.roles]: [['personId'], ['schoolId', 'role'], ['countyId', 'role']],
  [collections.records]: [
    ['teacherId', 'year', 'submittedAt'],
    ['schoolId', 'status', 'submittedAt'],
    ['countyId', 'status', 'submittedAt'],
    ['countyId', 'year'],
    ['teacherId', 'certificateKey'],
    ['countyId', 'updatedAt'],
  ],
  [collections.policyVersions]: [['countyId', 'year', 'version']],
  [collections.audit]: [['targetId', 'at'], ['countyId', 'at'], ['schoolId', 'at']],
  [collections.exports]: [['countyId', 'at'], ['schoolId', 'at'], ['fileId']],
  [collections.uploads]: [['openid', 'createdAt'], ['fileId'], ['sourceFileId'], ['claimedBy', 'createdAt'], ['sha256'], ['countyId']],
  [collections.schools]: [['countyId', 'name']],
  [collections.messageConsents]: [['countyId', 'kind', 'remaining']],
  [collections.outbox]: [['personId', 'createdAt'], ['countyId', 'createdAt']],
  [collections.trainingSessions]: [['countyId', 'date'], ['schoolId', 'date'], ['status', 'endsAt']],
  [collections.sessionCodes]: [['sessionId', 'issuedAt'], ['expiresAt']],
  [collections.attendance]: [['sessionId', 'teacherId'], ['teacherId', 'signedInAt']],
  [collections.teacherSummaries]: [['countyId', 'year', 'schoolId'], ['schoolId', 'year', 'name'], ['countyId', 'year', 'standing']],
};
