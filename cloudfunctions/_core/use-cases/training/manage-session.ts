import type { z } from 'zod';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { SchoolDoc } from '../../../../shared/schemas/domain/school';
import type { TrainingSessionDoc } from '../../../../shared/schemas/domain/training-session';
import type { assessEvent, cancelEvent, createEvent, SessionDetail, SessionRow, updateEvent } from '../../../../shared/schemas/api/training';
import { beijingToday } from '../../../../shared/time/beijing-time';
import type { Caller } from '../../auth/resolve-caller';
import type { Deps } from '../../deps';
import type { DocumentTransaction } from '../../ports/document-store';
import { AppError, fail } from '../app-error';
import { appendAudit } from '../support/audit';
import { newId } from '../support/ids';
import { notifySessionCreated } from '../reminders/new-session-reminders';
import { sessionDetail, sessionRowFor } from './read-sessions';
import { organises, requireOrganiser, requirePlanned } from './session-scope';

type Action = 'create' | 'update' | 'cancel' | 'assess';

/** Writes the session and its audit entry in one transaction, re-checking the version read. */
async function saveInTx(tx: DocumentTransaction, deps: Deps, caller: Caller, before: TrainingSessionDoc | null, next: TrainingSessionDoc, action: Action, note?: string) {
  await tx.set(collections.trainingSessions, next);
  await appendAudit(tx, deps, next.updatedAt, {
    actorId: caller.person._id, action: `training.${action}`, targetCollection: collections.trainingSessions, targetId: next._id,
    countyId: next.countyId, schoolId: next.schoolId, before, after: next, ...(note ? { note } : {}),
  });
}

/** Re-reads the session inside the transaction and applies `change` when the version still matches. */
async function changeSession(deps: Deps, caller: Caller, sessionId: string, version: number, action: Action,
  change: (s: TrainingSessionDoc, now: string) => Partial<TrainingSessionDoc>, note?: string): Promise<TrainingSessionDoc> {
  const now = deps.clock();
  const saved = await deps.store.transaction(async (tx) => {
    const s = await tx.get<TrainingSessionDoc>(collections.trainingSessions, sessionId);
    if (!s) throw fail.notFound('培训不存在或已被删除');
    requireOrganiser(caller, s);
    if (s.version !== version) throw new AppError('VERSION_CONFLICT', '该培训已被他人修改，请刷新');
    const next: TrainingSessionDoc = {
      ...s, ...change(s, now), version: s.version + 1, updatedAt: now,
      history: [...s.history, { at: now, by: caller.person._id, action, ...(note ? { note } : {}) }].slice(-200),
    };
    await saveInTx(tx, deps, caller, s, next, action, note);
    return next;
  });
  return saved;
}

type Facts = Pick<z.infer<typeof createEvent>, 'template' | 'hours' | 'date' | 'startsAt' | 'endsAt' | 'place' | 'expected' | 'assessed' | 'countsActualHours'>;

/** Server-side rules on the facts: one Beijing day, end after start, a 校本研修 names no other schools. */
function checkFacts(f: Facts, schoolId: string | null): void {
  if (beijingToday(f.startsAt) !== f.date || beijingToday(f.endsAt) !== f.date) throw fail.invalid('开始和结束时间须在培训当天（北京时间）；跨天的培训请分成几场');
  if (f.endsAt <= f.startsAt) throw fail.invalid('结束时间必须晚于开始时间');
  if (schoolId !== null && f.expected.schoolIds.length > 0) throw fail.invalid('校本研修只面向本校教师，请去掉参训学校');
}

const factsOf = (f: Facts) => ({
  template: f.template, hours: f.hours, date: f.date, startsAt: f.startsAt, endsAt: f.endsAt, place: f.place,
  expected: f.expected, assessed: f.assessed, countsActualHours: f.countsActualHours,
});

/** Where a new session belongs: `schoolId` (its 校本研修), else a county admin's county, else the reviewer's school. */
async function placeOf(deps: Deps, caller: Caller, e: z.infer<typeof createEvent>): Promise<{ scope: 'county' | 'school'; schoolId: string | null }> {
  const admin = caller.viewer.adminCountyIds.includes(caller.person.countyId);
  const schoolId = e.schoolId ?? (e.scope === 'county' || (admin && e.scope !== 'school') ? null : caller.viewer.reviewerSchoolIds[0] ?? null);
  if (schoolId === null) {
    if (e.scope === 'school') throw fail.invalid('校本研修请选择学校');
    if (!admin) throw fail.forbidden('只有县级管理员可以创建全县培训，学校审核人可以创建本校的校本研修');
    return { scope: 'county', schoolId: null };
  }
  if (e.scope === 'county') throw fail.invalid('全县培训不属于某一所学校，请去掉学校');
  const school = await deps.store.get<SchoolDoc>(collections.schools, schoolId);
  if (!school || !organises(caller, { countyId: school.countyId, schoolId })) throw fail.forbidden('只能为本校（本县学校）创建校本研修');
  return { scope: 'school', schoolId };
}

/** training.create: a county training or a school's 校本研修, version 1, audited. */
export async function createSession(deps: Deps, caller: Caller, e: z.infer<typeof createEvent>): Promise<{ session: SessionRow }> {
  const { scope, schoolId } = await placeOf(deps, caller, e);
  checkFacts(e, schoolId);
  const now = deps.clock();
  const doc: TrainingSessionDoc = {
    _id: `ts_${newId(deps).replace(/-/g, '').slice(0, 24)}`, countyId: caller.person.countyId, schoolId, organiserId: caller.person._id, scope,
    ...factsOf(e), passedIds: [], status: 'planned', version: 1, createdAt: now, updatedAt: now, closedAt: null, closedBy: null, cancelReason: null,
    history: [{ at: now, by: caller.person._id, action: 'create' }],
  };
  await deps.store.transaction((tx) => saveInTx(tx, deps, caller, null, doc, 'create'));
  // 新培训通知 to the expected teachers who opted in (docs/reminders.md); after the commit, never failing the create.
  await notifySessionCreated(deps, doc);
  return { session: await sessionRowFor(deps, doc) };
}

/** training.update: replaces the facts of a planned session. */
export async function updateSession(deps: Deps, caller: Caller, e: z.infer<typeof updateEvent>): Promise<{ session: SessionRow }> {
  const saved = await changeSession(deps, caller, e.sessionId, e.version, 'update', (s) => {
    requirePlanned(s, '修改');
    checkFacts(e, s.schoolId);
    return factsOf(e);
  });
  return { session: await sessionRowFor(deps, saved) };
}

/** training.cancel: a planned session is called off (attendance stays, nothing is credited). */
export async function cancelSession(deps: Deps, caller: Caller, e: z.infer<typeof cancelEvent>): Promise<{ session: SessionRow }> {
  const saved = await changeSession(deps, caller, e.sessionId, e.version, 'cancel', (s) => {
    requirePlanned(s, '取消');
    return { status: 'cancelled', cancelReason: e.reason ?? null };
  }, e.reason);
  return { session: await sessionRowFor(deps, saved) };
}

/** training.assess: replaces the 合格 list of an assessed, planned session. */
export async function assessSession(deps: Deps, caller: Caller, e: z.infer<typeof assessEvent>): Promise<SessionDetail> {
  const saved = await changeSession(deps, caller, e.sessionId, e.version, 'assess', (s) => {
    requirePlanned(s, '录入合格名单');
    if (!s.assessed) throw fail.state('该培训没有考核，不需要合格名单');
    return { passedIds: [...new Set(e.passedIds)] };
  });
  return sessionDetail(deps, saved);
}
