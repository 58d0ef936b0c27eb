import { collections } from '../../../../shared/schemas/domain/collections';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { SubmitEvent } from '../../../../shared/schemas/api/records';
import type { RecordView } from '../../../../shared/schemas/api/views';
import { nextStatus } from '../../../../shared/records/state-machine';
import type { Caller } from '../../auth/resolve-caller';
import { requireTeacher } from '../../auth/scope';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';
import { appendAudit } from '../support/audit';
import { claimUploadsInTx, prepareUploads, cleanupCopies, removeStaged, type PreparedUpload } from '../support/claim-uploads';
import { recordIdFor } from '../support/ids';
import { claimCertificateInTx } from '../support/certificate-claims';
import { certificateKeyOf, checkDuplicate, checkRecordDates } from '../support/record-rules';
import { refuseSignInDuplicate } from '../training/sign-in-duplicate';
import { toRecordView } from '../support/record-view';
import { yearOfDate } from '../support/time';

/** Checks the approved record a correction points at. */
async function checkCorrectionTarget(deps: Deps, teacherId: string, id: string): Promise<void> {
  const target = await deps.store.get<RecordDoc>(collections.records, id);
  if (!target || target.teacherId !== teacherId) throw new AppError('NOT_FOUND', '要更正的记录不存在');
  if (target.status !== 'approved' || target.supersededBy) throw new AppError('INVALID_STATE', '只能更正已通过审核的记录');
}

/**
 * records.submit. Idempotent by `requestId`: the record id is derived from
 * teacher + requestId, so a retry (even a racing one) returns the first result
 * and writes nothing new. The record, the certificate-number claim, the upload
 * claims and the audit entry commit together.
 */
export async function submitRecord(deps: Deps, caller: Caller, event: SubmitEvent): Promise<{ record: RecordView; replayed: boolean }> {
  const scope = requireTeacher(caller);
  const teacherId = caller.person._id;
  const id = recordIdFor(teacherId, event.requestId);
  const replay = async (): Promise<{ record: RecordView; replayed: boolean } | null> => {
    const existing = await deps.store.get<RecordDoc>(collections.records, id);
    return existing ? { record: toRecordView(existing, caller.viewer), replayed: true } : null;
  };
  const first = await replay();
  if (first) return first;

  const now = deps.clock();
  checkRecordDates(event.record, now);
  const certificateKey = certificateKeyOf(event.record.certificateNo);
  const corrects = event.corrects ?? null;
  if (corrects) await checkCorrectionTarget(deps, teacherId, corrects);
  const retake = event.retake ?? false;
  const knownHolders = await checkDuplicate(deps, teacherId, certificateKey, { retake, selfId: id, correctsId: corrects });
  await refuseSignInDuplicate(deps, teacherId, event.record, retake);

  let prepared: PreparedUpload[] = [];
  try {
    prepared = await prepareUploads(deps, { openid: caller.openid, countyId: scope.countyId, teacherId }, event.uploadIds ?? [], id, now);
    const result = await deps.store.transaction(async (tx) => {
      const again = await tx.get<RecordDoc>(collections.records, id);
      if (again) return { doc: again, replayed: true };
      // The query above cannot see a racing submit of the same number; the claim document can.
      await claimCertificateInTx(tx, { teacherId, certificateKey, recordId: id, retake, correctsId: corrects, knownHolders, now });
      await claimUploadsInTx(tx, prepared, caller.openid, id, now);
      const doc: RecordDoc = {
        _id: id, teacherId, schoolId: scope.schoolId, countyId: scope.countyId, year: yearOfDate(event.record.endDate),
        status: nextStatus('submit', 'owner', null) ?? 'submitted', version: 1, requestId: event.requestId, input: event.record,
        certificateKey, retake, corrects, supersededBy: null,
        certificates: prepared.map((p) => p.file), returnReason: null, returnFields: [], reviewNote: null,
        reviewedBy: null, reviewedAt: null, submittedAt: now, updatedAt: now,
        history: [{ at: now, by: teacherId, action: 'submit', from: null, to: 'submitted' }],
        source: 'certificate', sessionId: null,
      };
      await tx.set(collections.records, doc);
      await appendAudit(tx, deps, now, {
        actorId: teacherId, action: 'records.submit', targetCollection: collections.records, targetId: id,
        countyId: scope.countyId, before: null, after: doc,
      });
      return { doc, replayed: false };
    });
    if (!result.replayed) await removeStaged(deps, prepared);
    return { record: toRecordView(result.doc, caller.viewer), replayed: result.replayed };
  } catch (err) {
    // A racing retry may have committed meanwhile: answer with its result.
    const raced = await replay();
    if (raced) return raced;
    await cleanupCopies(deps, id, prepared);
    throw err;
  }
}
