import { collections } from '../../../../shared/schemas/domain/collections';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { UploadDoc } from '../../../../shared/schemas/domain/upload';
import type { DocumentStore } from '../../ports/document-store';
import { byIds } from '../support/by-ids';

/**
 * Named store queries of the certificate reader (indexes in
 * shared/schemas/domain/indexes.ts: uploads by sha256, by claimedBy, by county).
 */
export const certificateQueries = {
  /** Uploads of exactly these bytes (any owner), claimed by a record. */
  claimedUploadsWithSha256: async (store: DocumentStore, sha256: string) =>
    (await store.find<UploadDoc>(collections.uploads, { sha256 })).filter((u) => u.claimedBy),
  /** Uploads read in a county and claimed by a record: the candidates for a near-duplicate hint. */
  readClaimedUploadsInCounty: async (store: DocumentStore, countyId: string) =>
    (await store.find<UploadDoc>(collections.uploads, { countyId })).filter((u) => u.claimedBy && u.reading),
  /** The uploads a record claimed (its readings). */
  uploadsClaimedBy: (store: DocumentStore, recordId: string) =>
    store.find<UploadDoc>(collections.uploads, { claimedBy: recordId }, { orderBy: [{ field: 'createdAt', direction: 'asc' }] }),
  /** A teacher's records holding a certificate number (normalised key). */
  recordsWithCertificateKey: (store: DocumentStore, teacherId: string, certificateKey: string) =>
    store.find<RecordDoc>(collections.records, { teacherId, certificateKey }),
  /** The records with these ids, in one query (not one get per hit). */
  records: (store: DocumentStore, ids: readonly string[]) => byIds<RecordDoc>(store, collections.records, ids),
  /** The people with these ids, in one query. */
  people: (store: DocumentStore, ids: readonly string[]) => byIds<PersonDoc>(store, collections.people, ids),
};
