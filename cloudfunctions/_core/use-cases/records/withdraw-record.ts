import { actorFor } from '../../../../shared/records/viewer';
import type { RecordView } from '../../../../shared/schemas/api/views';
import type { Caller } from '../../auth/resolve-caller';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';
import { releaseCertificateInTx } from '../support/certificate-claims';
import { toRecordView } from '../support/record-view';
import { transitionRecord } from '../support/transition-record';

/**
 * records.withdraw: the owner withdraws a record not yet approved (optimistic on
 * `version`); its certificate number is released in the same transaction.
 */
export async function withdrawRecord(deps: Deps, caller: Caller, event: { recordId: string; version: number; note?: string }): Promise<{ record: RecordView }> {
  const doc = await transitionRecord(deps, {
    recordId: event.recordId,
    version: event.version,
    command: 'withdraw',
    actorId: caller.person._id,
    auditAction: 'records.withdraw',
    ...(event.note ? { note: event.note } : {}),
    authorize: (record) => {
      if (actorFor(record, caller.viewer) !== 'owner') throw new AppError('FORBIDDEN', '只能撤回自己的记录');
      return 'owner';
    },
    // A withdrawn record no longer holds its certificate number.
    extra: (tx, next) => releaseCertificateInTx(tx, next, next.updatedAt),
  });
  return { record: toRecordView(doc, caller.viewer) };
}
