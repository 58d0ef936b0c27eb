import type { IndexSpec } from '../_core/adapters/local/sqlite-document-store';
import { collections } from '../../shared/schemas/domain/collections';

/**
 * Expression indexes of the local database, one per query shape the use-cases
 * run (in CloudBase the same fields get console indexes). Sessions are read by
 * id only and need none.
 */
export const localIndexes: IndexSpec = {
  [collections.people]: [['countyId'], ['schoolId'], ['bindingCode'], ['boundOpenid']],
  [collections.roles]: [['personId'], ['schoolId', 'role'], ['countyId', 'role']],
  [collections.records]: [
    ['teacherId', 'year'], ['schoolId', 'status'], ['schoolId', 'year'], ['countyId', 'year'],
    ['countyId', 'status'], ['certificateKey'],
  ],
  [collections.schools]: [['countyId']],
  [collections.policyVersions]: [['countyId', 'year']],
  [collections.uploads]: [['fileId'], ['openid']],
  [collections.audit]: [['targetId'], ['countyId', 'at']],
};
