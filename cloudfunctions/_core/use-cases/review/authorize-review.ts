import { actorFor } from '../../../../shared/records/viewer';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { Caller } from '../../auth/resolve-caller';
import { AppError } from '../app-error';

/** Proves the caller may review this record: in scope, and not her own. */
export function authorizeReview(caller: Caller) {
  return (record: RecordDoc): 'reviewer' => {
    const actor = actorFor(record, caller.viewer);
    if (actor === 'owner') throw new AppError('FORBIDDEN', '不能审核自己的记录，请由其他审核人处理');
    if (actor !== 'reviewer') throw new AppError('FORBIDDEN', '只能审核本校（本县）教师的记录');
    return actor;
  };
}
