import { signInSheetWorkbook, type SignInSheetRow } from '../../../../shared/registers';
import type { ExportData } from '../../../../shared/schemas/api/registers';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { SchoolDoc } from '../../../../shared/schemas/domain/school';
import type { Caller } from '../../auth/resolve-caller';
import { administersCounty, requireReviewer, reviewsSchool } from '../../auth/scope';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';
import { requirePolicyInForce } from '../policy/policy-in-force';
import { byIds } from '../support/by-ids';
import { chinaClock, yearOfDate } from '../support/time';
import { exportMeta } from './register-data';
import { countyName } from './register-scope';
import { saveExport } from './save-export';
import { expectedTeachers, sessionCollections, sessionKindLabel, type AttendanceFacts, type SessionFacts } from './session-facts';

/** The session, if the caller organises in its scope: a 校本研修's school reviewers or the county's admins; a county session's admins. */
async function organisedSession(deps: Deps, caller: Caller, sessionId: string): Promise<SessionFacts> {
  requireReviewer(caller);
  const session = await deps.store.get<SessionFacts>(sessionCollections.sessions, sessionId);
  if (!session) throw new AppError('NOT_FOUND', '没有找到这场培训');
  const allowed = session.scope === 'school' && session.schoolId
    ? reviewsSchool(caller, session.schoolId, session.countyId)
    : administersCounty(caller, session.countyId);
  if (!allowed) throw new AppError('FORBIDDEN', '只能导出本校（本县）组织的培训的签到表');
  return session;
}

function noteOf(a: AttendanceFacts | undefined): string | null {
  if (!a?.signedInAt) return null;
  if (a.via === 'hand') return '手工登记';
  return a.late ? `迟到 ${a.lateMinutes} 分钟` : null;
}

/**
 * registers.sign-in-sheet: the 签到表 of one session — every expected teacher (and
 * anyone marked who is not on the expected list), with scan / hand sign-in times and
 * a blank 签名 cell, A4 portrait — saved and logged like every register.
 */
export async function exportSignInSheet(deps: Deps, caller: Caller, input: { sessionId: string }): Promise<ExportData> {
  const session = await organisedSession(deps, caller, input.sessionId);
  const now = deps.clock();
  const year = yearOfDate(session.date);
  const policy = await requirePolicyInForce(deps, session.countyId, year);
  const [expected, attendance, county, organiser] = await Promise.all([
    expectedTeachers(deps, session),
    deps.store.find<AttendanceFacts>(sessionCollections.attendance, { sessionId: session._id }),
    countyName(deps, session.countyId),
    deps.store.get<PersonDoc>(collections.people, session.organiserId),
  ]);
  const byTeacher = new Map(attendance.map((a) => [a.teacherId, a]));
  const listed = new Set(expected.map((p) => p._id));
  const extra = await byIds<PersonDoc>(deps.store, collections.people, attendance.map((a) => a.teacherId).filter((id) => !listed.has(id)));
  const people = [...expected, ...extra.values()];
  const schools = await byIds<SchoolDoc>(deps.store, collections.schools, [...people.map((p) => p.schoolId ?? ''), session.schoolId ?? '']);
  const rows: SignInSheetRow[] = people.map((p) => {
    const a = byTeacher.get(p._id);
    return {
      name: p.name, schoolName: schools.get(p.schoolId ?? '')?.name ?? '', subject: p.subject ?? null,
      signedIn: a?.signedInAt ? chinaClock(a.signedInAt) : null, signedOut: a?.signedOutAt ? chinaClock(a.signedOutAt) : null, note: noteOf(a),
    };
  });
  const schoolName = session.schoolId ? schools.get(session.schoolId)?.name ?? null : null;
  const book = signInSheetWorkbook({
    countyName: county, title: session.template.title, kindLabel: sessionKindLabel(session), date: session.date,
    timeText: `${chinaClock(session.startsAt)}—${chinaClock(session.endsAt)}`, place: session.place, hours: session.hours,
    organiserName: organiser?.name ?? '', organiserUnit: schoolName ?? (session.template.organizer || county),
    countsActualHours: session.countsActualHours, assessed: session.assessed, rows, meta: exportMeta(now, caller.person.name),
  });
  return saveExport(deps, caller, book, {
    kind: 'sign-in-sheet', countyId: session.countyId, schoolId: session.schoolId, schoolName, teacherId: null, year,
    subject: `${session.date}${session.template.title}`, teacherCount: rows.length, policy,
  }, now);
}
