import type { TrainingSessionDoc } from '../../../../shared/schemas/domain/training-session';
import type { Caller } from '../../auth/resolve-caller';
import { fail } from '../app-error';

/**
 * Who organises a session, scoped like the review queue: the county admin for
 * every session of her county; a school's principal / credit officer for that
 * school's 校本研修 only (county sessions are the county's).
 */
export function organises(caller: Caller, s: Pick<TrainingSessionDoc, 'countyId' | 'schoolId'>): boolean {
  if (caller.viewer.adminCountyIds.includes(s.countyId)) return true;
  return s.schoolId !== null && caller.person.countyId === s.countyId && caller.viewer.reviewerSchoolIds.includes(s.schoolId);
}

/** Throws FORBIDDEN unless the caller organises the session. */
export function requireOrganiser(caller: Caller, s: TrainingSessionDoc): void {
  if (!organises(caller, s)) throw fail.forbidden(s.schoolId === null ? '只有县级管理员可以管理全县培训' : '只能管理本校的校本研修');
}

/** Throws INVALID_STATE unless the session is still planned (editable, open for sign-in). */
export function requirePlanned(s: TrainingSessionDoc, what: string): void {
  if (s.status === 'cancelled') throw fail.state(`该培训已取消，不能${what}`);
  if (s.status !== 'planned') throw fail.state(`该培训已结束，不能${what}`);
}
