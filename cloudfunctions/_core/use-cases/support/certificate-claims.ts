import type { CertificateClaimDoc } from '../../../../shared/schemas/domain/certificate-claim';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { DocumentTransaction } from '../../ports/document-store';
import { digest } from './ids';
import { duplicateOf } from './record-rules';

/** Deterministic id of the claim on one teacher's certificate number. */
export function certificateClaimId(teacherId: string, certificateKey: string): string {
  return `cc_${digest('certificate-claim', teacherId, certificateKey).slice(0, 32)}`;
}

/** What a record taking a certificate number inside a transaction says about itself. */
export interface ClaimSpec {
  teacherId: string;
  certificateKey: string | null;
  recordId: string;
  retake: boolean;
  /** The approved record this one corrects: it may hold the same number. */
  correctsId: string | null;
  /** Holders the query before the transaction found (covers records stored before claims existed). */
  knownHolders: readonly string[];
  now: string;
}

/** True when `id` still holds the number: same teacher, same key, not withdrawn (re-read by id). */
async function stillHolds(tx: DocumentTransaction, id: string, teacherId: string, key: string): Promise<RecordDoc | null> {
  const record = await tx.get<RecordDoc>(collections.records, id);
  return record && record.teacherId === teacherId && record.certificateKey === key && record.status !== 'withdrawn' ? record : null;
}

/**
 * Inside the record's transaction: reads the claim by id, re-checks each
 * listed holder by id (stale entries drop out), refuses with DUPLICATE unless
 * this is a retake or the only holders are the corrected record, then writes
 * the claim with this record added. Two racing writers of the same number both
 * write this one document, so the store serializes them (SQLite) or fails one
 * with a write conflict and re-runs it (CloudBase), and the second sees the first.
 */
export async function claimCertificateInTx(tx: DocumentTransaction, spec: ClaimSpec): Promise<void> {
  const key = spec.certificateKey;
  if (!key) return;
  const id = certificateClaimId(spec.teacherId, key);
  const claim = await tx.get<CertificateClaimDoc>(collections.certificateClaims, id);
  const candidates = [...new Set([...(claim?.recordIds ?? []), ...spec.knownHolders])].filter((r) => r !== spec.recordId);
  const holders: RecordDoc[] = [];
  for (const candidate of candidates) {
    const held = await stillHolds(tx, candidate, spec.teacherId, key);
    if (held) holders.push(held);
  }
  const clash = spec.retake ? undefined : holders.find((r) => r._id !== spec.correctsId);
  if (clash) throw duplicateOf(clash);
  const doc: CertificateClaimDoc = {
    _id: id, teacherId: spec.teacherId, certificateKey: key, recordIds: [...holders.map((r) => r._id), spec.recordId], updatedAt: spec.now,
  };
  await tx.set(collections.certificateClaims, doc);
}

/**
 * Inside the transaction that withdraws, supersedes or re-numbers a record:
 * drops it from the claim on its (previous) number; removes the claim when
 * nobody holds the number any more.
 */
export async function releaseCertificateInTx(tx: DocumentTransaction, record: Pick<RecordDoc, '_id' | 'teacherId' | 'certificateKey'>, now: string): Promise<void> {
  if (!record.certificateKey) return;
  const id = certificateClaimId(record.teacherId, record.certificateKey);
  const claim = await tx.get<CertificateClaimDoc>(collections.certificateClaims, id);
  if (!claim || !claim.recordIds.includes(record._id)) return;
  const rest = claim.recordIds.filter((r) => r !== record._id);
  if (rest.length === 0) await tx.remove(collections.certificateClaims, id);
  else await tx.set(collections.certificateClaims, { ...claim, recordIds: rest, updatedAt: now });
}
