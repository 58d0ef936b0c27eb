import { actorFor } from '../../../../shared/records/viewer';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { ResubmitEvent } from '../../../../shared/schemas/api/records';
import type { RecordView } from '../../../../shared/schemas/api/views';
import type { Caller } from '../../auth/resolve-caller';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';
import { claimUploadsInTx, prepareUploads, cleanupCopies, removeStaged, type PreparedUpload } from '../support/claim-uploads';
import { claimCertificateInTx, releaseCertificateInTx } from '../support/certificate-claims';
import { certificateKeyOf, checkDuplicate, checkRecordDates } from '../support/record-rules';
import { toRecordView } from '../support/record-view';
import { transitionRecord } from '../support/transition-record';
import { yearOfDate } from '../support/time';

const ownerOnly = (caller: Caller) => (record: RecordDoc) => {
  if (actorFor(record, caller.viewer) !== 'owner') throw new AppError('FORBIDDEN', '只能重新提交自己的记录');
  return 'owner' as const;
};

/**
 * records.resubmit: the owner corrects a returned record (new input and/or
 * certificate changes) and sends it back for review. Removed certificate files
 * stay in storage as evidence; only the record stops pointing at them.
 */
export async function resubmitRecord(deps: Deps, caller: Caller, event: ResubmitEvent): Promise<{ record: RecordView }> {
  const doc = await deps.store.get<RecordDoc>(collections.records, event.recordId);
  if (!doc) throw new AppError('NOT_FOUND', '记录不存在');
  ownerOnly(caller)(doc);
  const now = deps.clock();
  const input = event.record ?? doc.input;
  if (event.record) checkRecordDates(input, now);
  const certificateKey = certificateKeyOf(input.certificateNo);
  const retake = event.retake ?? doc.retake;
  const knownHolders = await checkDuplicate(deps, doc.teacherId, certificateKey, { retake, selfId: doc._id, correctsId: doc.corrects });
  const removed = new Set(event.removeFileIds ?? []);
  for (const id of removed) {
    if (!doc.certificates.some((c) => c.fileId === id)) throw new AppError('INVALID_INPUT', '要删除的证书文件不在该记录中');
  }
  const kept = doc.certificates.filter((c) => !removed.has(c.fileId));
  if (kept.length + (event.uploadIds?.length ?? 0) > 5) throw new AppError('INVALID_INPUT', '每条记录最多 5 个证书文件');

  let prepared: PreparedUpload[] = [];
  try {
    prepared = await prepareUploads(deps, { openid: caller.openid, countyId: doc.countyId, teacherId: doc.teacherId }, event.uploadIds ?? [], doc._id, now);
    const next = await transitionRecord(deps, {
      recordId: doc._id,
      version: event.version,
      command: 'resubmit',
      actorId: caller.person._id,
      auditAction: 'records.resubmit',
      authorize: ownerOnly(caller),
      patch: (fresh) => ({
        input, year: yearOfDate(input.endDate), certificateKey, retake, returnFields: [],
        certificates: [...fresh.certificates.filter((c) => !removed.has(c.fileId)), ...prepared.map((p) => p.file)],
      }),
      extra: async (tx, next, before) => {
        // A changed number gives up the old claim and takes the new one, in the record's transaction.
        if (before.certificateKey !== next.certificateKey) await releaseCertificateInTx(tx, before, now);
        await claimCertificateInTx(tx, {
          teacherId: next.teacherId, certificateKey: next.certificateKey, recordId: next._id, retake: next.retake,
          correctsId: next.corrects, knownHolders, now,
        });
        await claimUploadsInTx(tx, prepared, caller.openid, doc._id, now);
      },
    });
    await removeStaged(deps, prepared);
    return { record: toRecordView(next, caller.viewer) };
  } catch (err) {
    await cleanupCopies(deps, doc._id, prepared);
    throw err;
  }
}
