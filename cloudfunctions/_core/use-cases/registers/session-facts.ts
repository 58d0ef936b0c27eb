/**
 * What the registers and reminders read of a training session and its attendance
 * (issue 15; the documents are the backend's `training_sessions` / `attendance`,
 * shared/schemas/domain/training-session.ts and attendance.ts on training-backend).
 * Only the fields read here, so this file does not depend on the rest of the schema.
 */
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { RoleAssignmentDoc } from '../../../../shared/schemas/domain/role-assignment';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { Deps } from '../../deps';
import type { Filter } from '../../ports/document-store';

/** The training documents' collections. */
export const sessionCollections = { sessions: collections.trainingSessions, attendance: collections.attendance } as const;

export interface SessionFacts {
  _id: string;
  countyId: string;
  schoolId: string | null;
  organiserId: string;
  scope: 'county' | 'school';
  template: { title: string; organizer?: string; [field: string]: unknown };
  hours: number;
  date: string;
  startsAt: string;
  endsAt: string;
  place: string;
  expected: { schoolIds: string[]; subjects?: string[]; personIds?: string[] };
  assessed: boolean;
  countsActualHours: boolean;
  status: 'planned' | 'closing' | 'closed' | 'cancelled';
  [field: string]: unknown;
}

export interface AttendanceFacts {
  _id: string;
  sessionId: string;
  teacherId: string;
  schoolId: string;
  signedInAt: string | null;
  signedOutAt: string | null;
  via: 'scan' | 'hand';
  late: boolean;
  lateMinutes: number;
  outcome: string | null;
  [field: string]: unknown;
}

export const sessionKindLabel = (s: Pick<SessionFacts, 'scope'>): string => (s.scope === 'county' ? '县级集中培训' : '校本研修');

export const sessionStatusLabels: Readonly<Record<SessionFacts['status'], string>> = {
  planned: '未结束', closing: '结算中', closed: '已结束', cancelled: '已取消',
};

/**
 * The active teachers a session expects: the named people, or the teachers of its
 * schools (a 校本研修: its school; a county session: `expected.schoolIds`, [] = every
 * school of the county), narrowed to `expected.subjects`. Two queries (roles, people).
 */
export async function expectedTeachers(deps: Deps, session: SessionFacts): Promise<(PersonDoc & { schoolId: string })[]> {
  const scope: Filter = session.scope === 'school' && session.schoolId ? { schoolId: session.schoolId } : { countyId: session.countyId };
  const [roles, people] = await Promise.all([
    deps.store.find<RoleAssignmentDoc>(collections.roles, { ...scope, role: 'teacher' }),
    deps.store.find<PersonDoc>(collections.people, { ...scope, active: true }, { orderBy: [{ field: 'name', direction: 'asc' }] }),
  ]);
  const teaching = new Set(roles.map((r) => r.personId));
  const named = session.expected.personIds?.length ? new Set(session.expected.personIds) : null;
  const schools = session.scope === 'county' && session.expected.schoolIds.length > 0 ? new Set(session.expected.schoolIds) : null;
  const subjects = session.expected.subjects?.length ? new Set(session.expected.subjects) : null;
  return people.filter((p): p is PersonDoc & { schoolId: string } => p.schoolId !== null && teaching.has(p._id)
    && (named ? named.has(p._id) : (!schools || schools.has(p.schoolId)) && (!subjects || (p.subject !== undefined && subjects.has(p.subject)))));
}
