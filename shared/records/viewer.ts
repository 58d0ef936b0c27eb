import type { RecordStatus } from '../schemas/record';
import { nextStatus, type RecordActor } from './state-machine';

/** What the client knows about the signed-in person (from identity.whoami). */
export interface RecordViewer {
  personId: string;
  /** Schools where the viewer is principal or credit officer. */
  reviewerSchoolIds: readonly string[];
  /** Counties where the viewer is county admin. */
  adminCountyIds: readonly string[];
}

/** The scope fields of a record. */
export interface RecordScope { teacherId: string; schoolId: string; countyId: string; status: RecordStatus }

/** Buttons a viewer may see on a record. */
export type ViewerAction = 'resubmit' | 'withdraw' | 'approve' | 'return';

/**
 * The viewer's relation to a record: the owner, a reviewer in scope (her school,
 * or her county as county admin), or neither. Nobody reviews their own record,
 * so the owner is never a reviewer of it.
 */
export function actorFor(record: RecordScope, viewer: RecordViewer): RecordActor | null {
  if (record.teacherId === viewer.personId) return 'owner';
  if (viewer.reviewerSchoolIds.includes(record.schoolId) || viewer.adminCountyIds.includes(record.countyId)) return 'reviewer';
  return null;
}

/** True when the viewer may read the record at all. */
export function canView(record: RecordScope, viewer: RecordViewer): boolean {
  return actorFor(record, viewer) !== null;
}

/** The actions the viewer may take on the record now, in display order. */
export function allowedActions(record: RecordScope, viewer: RecordViewer): ViewerAction[] {
  const actor = actorFor(record, viewer);
  if (!actor) return [];
  const all: ViewerAction[] = ['approve', 'return', 'resubmit', 'withdraw'];
  return all.filter((a) => nextStatus(a, actor, record.status) !== null);
}
