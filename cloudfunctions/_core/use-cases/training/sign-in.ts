import { randomInt } from 'node:crypto';
import dayjs from 'dayjs';
import type { z } from 'zod';
import { collections } from '../../../../shared/schemas/domain/collections';
import { attendanceIdOf, type AttendanceDoc } from '../../../../shared/schemas/domain/attendance';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import { signInCodeAlphabet, signInCodeLength, type SessionCodeDoc } from '../../../../shared/schemas/domain/session-code';
import type { TrainingSessionDoc } from '../../../../shared/schemas/domain/training-session';
import type { codeData, markEvent, SessionDetail, signInData } from '../../../../shared/schemas/api/training';
import { CODE_REFRESH_MS, CODE_TTL_SECONDS, isLate, minutesLate, windowState } from '../../../../shared/training/sign-in-window';
import { beijingTime } from '../../../../shared/time/beijing-time';
import type { Caller } from '../../auth/resolve-caller';
import type { Deps } from '../../deps';
import { DocumentStoreError } from '../../ports/document-store';
import { AppError, fail } from '../app-error';
import { appendAudit } from '../support/audit';
import { expectedTeachers, isExpected, loadSession, namesOf } from './session-queries';
import { requireOrganiser, requirePlanned } from './session-scope';
import { sessionDetail } from './read-sessions';
import { toAttendanceBrief, toSessionBrief } from './session-view';

function newCode(): string {
  let code = '';
  for (let i = 0; i < signInCodeLength; i += 1) code += signInCodeAlphabet[randomInt(signInCodeAlphabet.length)];
  return code;
}

function requireOpenWindow(s: TrainingSessionDoc, now: string): void {
  if (s.status === 'cancelled') throw new AppError('SIGN_IN_CLOSED', '该培训已取消，无需签到');
  if (s.status !== 'planned') throw new AppError('SIGN_IN_CLOSED', '该培训已结束，签到已关闭');
  const state = windowState(s, now);
  if (state === 'before') throw new AppError('SIGN_IN_CLOSED', `签到在开始前 30 分钟开放（北京时间 ${beijingTime(dayjs(s.startsAt).subtract(30, 'minute').toISOString(), 'HH:mm')} 起），请稍后再扫`);
  if (state === 'after') throw new AppError('SIGN_IN_CLOSED', '签到已在培训结束后 30 分钟关闭，请联系组织者补登');
}

/** training.code: a fresh code for the organiser's screen, valid for two minutes. */
export async function issueCode(deps: Deps, caller: Caller, e: { sessionId: string }): Promise<z.infer<typeof codeData>> {
  const s = await loadSession(deps, e.sessionId);
  requireOrganiser(caller, s);
  const now = deps.clock();
  requireOpenWindow(s, now);
  if (!deps.signInCodes) throw new Error('no SignInCodeImage adapter configured');
  const code = newCode();
  const expiresAt = dayjs(now).add(CODE_TTL_SECONDS, 'second').toISOString();
  const image = await deps.signInCodes.render(code);
  const doc: SessionCodeDoc = { _id: code, sessionId: s._id, countyId: s.countyId, issuedAt: now, expiresAt, issuedBy: caller.person._id };
  await deps.store.add(collections.sessionCodes, doc);
  return { code, expiresAt, refreshInMs: CODE_REFRESH_MS, image };
}

/** The session behind a scanned code, proved valid for this teacher now. Writes nothing. */
async function sessionOfCode(deps: Deps, caller: Caller, code: string, now: string): Promise<TrainingSessionDoc> {
  const c = await deps.store.get<SessionCodeDoc>(collections.sessionCodes, code);
  if (!c) throw fail.notFound('签到码无效，请对准组织者屏幕上的二维码重新扫描，或核对输入的签到码');
  if (c.countyId !== caller.person.countyId) throw fail.forbidden('这是其他县区培训的签到码，您不在该培训的参训名单中');
  const s = await loadSession(deps, c.sessionId);
  if (!isExpected(s, caller.person)) throw fail.forbidden(`您不在「${s.template.title}」的参训名单中，如需参加请联系组织者`);
  if (dayjs(now).isAfter(c.expiresAt)) throw new AppError('CODE_EXPIRED', '签到码已过期，请让组织者刷新二维码后再扫');
  return s;
}

async function answer(deps: Deps, s: TrainingSessionDoc, a: AttendanceDoc, replayed: boolean): Promise<z.infer<typeof signInData>> {
  const { people } = await namesOf(deps, [s.organiserId], []);
  return { session: toSessionBrief(s, people.get(s.organiserId)?.name ?? ''), attendance: toAttendanceBrief(a), replayed };
}

/**
 * training.sign-in: once per teacher. The attendance id is `<session>:<teacher>`,
 * so of two racing scans one `add` lands and the other finds it and replays it.
 */
export async function signIn(deps: Deps, caller: Caller, e: { code: string }): Promise<z.infer<typeof signInData>> {
  const now = deps.clock();
  const id = (s: TrainingSessionDoc) => attendanceIdOf(s._id, caller.person._id);
  const s = await sessionOfCode(deps, caller, e.code, now).catch(async (err: unknown) => {
    // A teacher who already signed in and scans an old code again gets her first answer, not a refusal.
    if (err instanceof AppError && err.code === 'CODE_EXPIRED') {
      const c = await deps.store.get<SessionCodeDoc>(collections.sessionCodes, e.code);
      const prior = c ? await deps.store.get<AttendanceDoc>(collections.attendance, attendanceIdOf(c.sessionId, caller.person._id)) : null;
      if (prior?.signedInAt) return { replay: prior, session: await loadSession(deps, prior.sessionId) };
    }
    throw err;
  });
  if ('replay' in s) return answer(deps, s.session, s.replay, true);
  const prior = await deps.store.get<AttendanceDoc>(collections.attendance, id(s));
  if (prior?.signedInAt) return answer(deps, s, prior, true);
  requireOpenWindow(s, now);
  const late = !s.countsActualHours && isLate(s.startsAt, now);
  const lateMinutes = minutesLate(s.startsAt, now);
  const doc: AttendanceDoc = {
    _id: id(s), sessionId: s._id, teacherId: caller.person._id, schoolId: caller.person.schoolId as string, countyId: s.countyId,
    signedInAt: now, signedOutAt: null, via: 'scan', markedBy: null, late, lateMinutes: late ? lateMinutes : 0,
    recordId: null, outcome: null, reason: late ? `迟到 ${lateMinutes} 分钟` : null, updatedAt: now,
  };
  try {
    // A row marked absent by hand is replaced by the scan; otherwise `add` refuses a second one.
    if (prior) await deps.store.set(collections.attendance, doc);
    else await deps.store.add(collections.attendance, doc);
  } catch (err) {
    if (!(err instanceof DocumentStoreError && err.code === 'DUPLICATE_ID')) throw err;
    const first = await deps.store.get<AttendanceDoc>(collections.attendance, doc._id);
    if (first) return answer(deps, s, first, true);
    throw err;
  }
  return answer(deps, s, doc, false);
}

/** training.sign-out: only where actual hours count; the first sign-out stands. */
export async function signOut(deps: Deps, caller: Caller, e: { code: string }): Promise<z.infer<typeof signInData>> {
  const now = deps.clock();
  const s = await sessionOfCode(deps, caller, e.code, now);
  if (!s.countsActualHours) throw fail.state('该培训不需要签退');
  const a = await deps.store.get<AttendanceDoc>(collections.attendance, attendanceIdOf(s._id, caller.person._id));
  if (!a?.signedInAt) throw fail.state('您还没有签到，请先签到');
  if (a.signedOutAt) return answer(deps, s, a, true);
  requireOpenWindow(s, now);
  const next: AttendanceDoc = await deps.store.transaction(async (tx) => {
    const cur = await tx.get<AttendanceDoc>(collections.attendance, a._id);
    if (!cur || cur.signedOutAt) return cur ?? a;
    const updated = { ...cur, signedOutAt: now, updatedAt: now };
    await tx.set(collections.attendance, updated);
    return updated;
  });
  return answer(deps, s, next, next.signedOutAt !== now);
}

/** training.mark: the organiser marks expected teachers present (or absent) by hand; audited. */
export async function markAttendance(deps: Deps, caller: Caller, e: z.infer<typeof markEvent>): Promise<SessionDetail> {
  const s = await loadSession(deps, e.sessionId);
  requireOrganiser(caller, s);
  requirePlanned(s, '标记签到');
  const expected = new Map((await expectedTeachers(deps, s)).map((p) => [p._id, p] as const));
  const strangers = e.teacherIds.filter((id) => !expected.has(id));
  if (strangers.length > 0) throw fail.invalid(`有 ${strangers.length} 人不在该培训的参训名单中，未做任何标记`);
  const now = deps.clock();
  await deps.store.transaction(async (tx) => {
    for (const teacherId of [...new Set(e.teacherIds)]) {
      const person = expected.get(teacherId) as PersonDoc;
      const cur = await tx.get<AttendanceDoc>(collections.attendance, attendanceIdOf(s._id, teacherId));
      // A teacher who scanned in keeps her scan when marked present.
      if (e.present ? cur?.signedInAt : cur && !cur.signedInAt) continue;
      const next: AttendanceDoc = {
        _id: attendanceIdOf(s._id, teacherId), sessionId: s._id, teacherId, schoolId: person.schoolId as string, countyId: s.countyId,
        signedInAt: e.present ? now : null, signedOutAt: e.present && s.countsActualHours ? s.endsAt : null, via: 'hand',
        markedBy: caller.person._id, late: false, lateMinutes: 0, recordId: null, outcome: null, reason: e.present ? '组织者手工签到' : null, updatedAt: now,
      };
      await tx.set(collections.attendance, next);
      await appendAudit(tx, deps, now, {
        actorId: caller.person._id, action: 'training.mark', targetCollection: collections.attendance, targetId: next._id,
        countyId: s.countyId, schoolId: next.schoolId, before: cur ?? null, after: next, note: e.present ? '手工签到' : '标记未到',
      });
    }
  });
  return sessionDetail(deps, s);
}
