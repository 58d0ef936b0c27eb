import type { RecordView } from '../../../../shared/schemas/api/views';
import type { Caller } from '../../auth/resolve-caller';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';
import { toRecordView } from '../support/record-view';
import { transitionRecord } from '../support/transition-record';
import { authorizeReview } from './authorize-review';

/** review.return: sends a pending record back with a reason (required) and the fields to fix. */
export async function returnRecord(
  deps: Deps,
  caller: Caller,
  event: { recordId: string; version: number; reason: string; fields?: string[] },
): Promise<{ record: RecordView }> {
  const reason = event.reason.trim();
  if (!reason) throw new AppError('INVALID_INPUT', '请填写退回原因');
  const actorId = caller.person._id;
  const doc = await transitionRecord(deps, {
    recordId: event.recordId,
    version: event.version,
    command: 'return',
    actorId,
    auditAction: 'review.return',
    note: reason,
    authorize: authorizeReview(caller),
    patch: (_doc, now) => ({ returnReason: reason, returnFields: event.fields ?? [], reviewedBy: actorId, reviewedAt: now }),
  });
  return { record: toRecordView(doc, caller.viewer) };
}
