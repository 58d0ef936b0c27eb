import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { RecordView } from '../../../../shared/schemas/api/views';
import type { Caller } from '../../auth/resolve-caller';
import type { Deps } from '../../deps';
import type { DocumentTransaction } from '../../ports/document-store';
import { AppError } from '../app-error';
import { releaseCertificateInTx } from '../support/certificate-claims';
import { toRecordView } from '../support/record-view';
import { transitionInTx, transitionRecord } from '../support/transition-record';
import { authorizeReview } from './authorize-review';

/** When an approved record corrects an older one, the older one is superseded in the same transaction. */
async function supersede(tx: DocumentTransaction, deps: Deps, actorId: string, next: RecordDoc): Promise<void> {
  if (!next.corrects) return;
  try {
    await transitionInTx(tx, deps, next.updatedAt, {
      recordId: next.corrects, version: null, command: 'supersede', actorId, auditAction: 'records.supersede',
      note: `由更正记录 ${next._id} 取代`,
      authorize: (old) => {
        if (old.teacherId !== next.teacherId) throw new AppError('INVALID_STATE', '被更正的记录不属于该教师');
        return 'system';
      },
      patch: () => ({ supersededBy: next._id }),
      // Superseded means withdrawn: the old record gives up its certificate number.
      extra: (inner, old) => releaseCertificateInTx(inner, old, next.updatedAt),
    });
  } catch (err) {
    if (err instanceof AppError && err.code === 'INVALID_STATE') {
      throw new AppError('INVALID_STATE', '被更正的原记录已不是“已通过”状态（可能已被另一条更正取代），请退回此更正记录');
    }
    throw err;
  }
}

/**
 * review.approve: a reviewer in scope approves a pending record she did not
 * submit. `version` must match (else VERSION_CONFLICT): of two concurrent
 * approvals exactly one lands.
 */
export async function approveRecord(deps: Deps, caller: Caller, event: { recordId: string; version: number; note?: string }): Promise<{ record: RecordView }> {
  const actorId = caller.person._id;
  const doc = await transitionRecord(deps, {
    recordId: event.recordId,
    version: event.version,
    command: 'approve',
    actorId,
    auditAction: 'review.approve',
    ...(event.note ? { note: event.note } : {}),
    authorize: authorizeReview(caller),
    patch: (_doc, now) => ({ reviewNote: event.note ?? null, reviewedBy: actorId, reviewedAt: now }),
    extra: (tx, next) => supersede(tx, deps, actorId, next),
  });
  return { record: toRecordView(doc, caller.viewer) };
}
