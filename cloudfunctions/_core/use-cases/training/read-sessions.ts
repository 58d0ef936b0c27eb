import type { z } from 'zod';
import type { AttendanceDoc } from '../../../../shared/schemas/domain/attendance';
import type { TrainingSessionDoc } from '../../../../shared/schemas/domain/training-session';
import type { listData, listEvent, mineData, SessionDetail, SessionRow } from '../../../../shared/schemas/api/training';
import { windowState } from '../../../../shared/training/sign-in-window';
import { beijingYear } from '../../../../shared/time/beijing-time';
import type { Caller } from '../../auth/resolve-caller';
import { requireReviewer } from '../../auth/scope';
import type { Deps } from '../../deps';
import { fail } from '../app-error';
import { attendanceOf, attendanceOfTeacher, expectedTeachers, isExpected, loadSession, namesOf, sessionsForTeacher, sessionsInScope } from './session-queries';
import { organises } from './session-scope';
import { signedInCount, toAttendanceBrief, toAttendee, toSessionBrief, toSessionHead, toSessionRow } from './session-view';

/** A session's row with its organiser's name and fresh counts. */
export async function sessionRowFor(deps: Deps, s: TrainingSessionDoc): Promise<SessionRow> {
  const [{ people }, expected, rows] = await Promise.all([namesOf(deps, [s.organiserId], []), expectedTeachers(deps, s), attendanceOf(deps, s._id)]);
  return toSessionRow(s, people.get(s.organiserId)?.name ?? '', { expected: expected.length, signedIn: signedInCount(rows) });
}

/** The organiser's view: the session and everyone expected (plus anyone with an attendance), by name. */
export async function sessionDetail(deps: Deps, s: TrainingSessionDoc): Promise<SessionDetail> {
  const [expected, rows] = await Promise.all([expectedTeachers(deps, s), attendanceOf(deps, s._id)]);
  const ids = new Set(expected.map((p) => p._id));
  const extra = rows.filter((r) => !ids.has(r.teacherId)).map((r) => r.teacherId);
  const { people, schools } = await namesOf(deps, [s.organiserId, ...extra], [...expected.map((p) => p.schoolId ?? ''), ...rows.map((r) => r.schoolId)]);
  const byTeacher = new Map(rows.map((r) => [r.teacherId, r] as const));
  const list = [...expected, ...extra.flatMap((id) => people.get(id) ?? [])];
  return {
    session: toSessionHead(s, people.get(s.organiserId)?.name ?? '', { expected: expected.length, signedIn: signedInCount(rows) }),
    attendees: list.map((p) => toAttendee(p, schools.get(p.schoolId ?? '')?.name ?? '', byTeacher.get(p._id))),
  };
}

/** training.list: the sessions in the caller's scope for a year, newest first, with counts. */
export async function listSessions(deps: Deps, caller: Caller, e: z.infer<typeof listEvent>): Promise<z.infer<typeof listData>> {
  requireReviewer(caller);
  const year = e.year ?? beijingYear(deps.clock());
  const all = (await sessionsInScope(deps, caller, year)).filter((s) => !e.status || s.status === e.status);
  const skip = e.skip ?? 0;
  const items = await Promise.all(all.slice(skip, skip + (e.limit ?? 50)).map((s) => sessionRowFor(deps, s)));
  return { items, total: all.length };
}

/**
 * training.get: the organiser's view. Reviewers of an expected school may read a
 * county session; an expected teacher reads it too, with only her own row.
 */
export async function getSession(deps: Deps, caller: Caller, e: { sessionId: string }): Promise<SessionDetail> {
  const s = await loadSession(deps, e.sessionId);
  const reviewer = s.scope === 'county' && caller.person.countyId === s.countyId && caller.viewer.reviewerSchoolIds.length > 0;
  if (organises(caller, s) || reviewer) return sessionDetail(deps, s);
  if (!isExpected(s, caller.person)) throw fail.forbidden('您不在该培训的参训名单中');
  const detail = await sessionDetail(deps, s);
  return { ...detail, attendees: detail.attendees.filter((a) => a.teacherId === caller.person._id) };
}

type MineItem = z.infer<typeof mineData>['items'][number];

function stateOf(s: TrainingSessionDoc, a: AttendanceDoc | undefined, now: string): MineItem['state'] {
  if (a?.outcome === 'credited') return 'credited';
  if (s.status === 'cancelled' || a?.outcome) return 'missing';
  if (a?.signedInAt) return 'signed';
  return s.status === 'planned' && windowState(s, now) !== 'after' ? 'expected' : 'missing';
}

function reasonOf(s: TrainingSessionDoc, a: AttendanceDoc | undefined, state: MineItem['state']): string | null {
  if (s.status === 'cancelled') return `培训已取消${s.cancelReason ? `：${s.cancelReason}` : ''}`;
  if (a?.reason) return a.reason;
  if (state === 'missing') return '未签到';
  if (state === 'signed') return `培训结束后由组织者计入 ${s.hours} 学时`;
  return null;
}

/** training.mine: the teacher's sessions of a year, each with where she stands and why. */
export async function mySessions(deps: Deps, caller: Caller, e: { year?: number }): Promise<z.infer<typeof mineData>> {
  const now = deps.clock();
  const year = e.year ?? beijingYear(now);
  const [sessions, rows] = await Promise.all([sessionsForTeacher(deps, caller.person, year), attendanceOfTeacher(deps, caller.person._id)]);
  const bySession = new Map(rows.map((r) => [r.sessionId, r] as const));
  const { people } = await namesOf(deps, sessions.map((s) => s.organiserId), []);
  return {
    items: sessions.map((s) => {
      const a = bySession.get(s._id);
      const state = stateOf(s, a, now);
      return {
        session: toSessionBrief(s, people.get(s.organiserId)?.name ?? ''), state, attendance: a ? toAttendanceBrief(a) : null,
        recordId: a?.recordId ?? null, credited: a?.outcome === 'credited' ? a.creditedHours ?? s.hours : null, reason: reasonOf(s, a, state),
      };
    }),
  };
}
