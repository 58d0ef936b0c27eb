import type { z } from 'zod';
import { collections } from '../../../../shared/schemas/domain/collections';
import { attendanceIdOf, type AttendanceDoc, type AttendanceOutcome } from '../../../../shared/schemas/domain/attendance';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { TrainingSessionDoc } from '../../../../shared/schemas/domain/training-session';
import { recordInputSchema, type RecordInput } from '../../../../shared/schemas/record';
import type { closeData } from '../../../../shared/schemas/api/training';
import { recordStatusLabels } from '../../../../shared/records/state-machine';
import { attendedHours } from '../../../../shared/training/sign-in-window';
import type { Caller } from '../../auth/resolve-caller';
import type { Deps } from '../../deps';
import { AppError, fail } from '../app-error';
import { appendAudit } from '../support/audit';
import { digest } from '../support/ids';
import { sessionRowFor } from './read-sessions';
import { sameTraining } from './same-training';
import { attendanceOf, expectedTeachers, loadSession } from './session-queries';
import { requireOrganiser } from './session-scope';


/** The record id of a teacher's credit from a session: deterministic, so a resumed close finds it. */
export const sessionRecordId = (sessionId: string, teacherId: string): string => `rec-sess-${sessionId}-${teacherId}`;

/** The record input a session's attendance becomes: the template, the 学时, the session day. */
export function sessionRecordInput(s: TrainingSessionDoc, hours: number): RecordInput {
  return recordInputSchema.parse({ ...s.template, hours, startDate: s.date, endDate: s.date, hasCertificate: false, passed: true });
}

interface Verdict { outcome: AttendanceOutcome; reason: string | null; hours?: number }

/** What closing makes of one person's attendance (before duplicates are looked at). */
function verdictOf(s: TrainingSessionDoc, a: AttendanceDoc | undefined): Verdict {
  if (!a?.signedInAt) return { outcome: 'absent', reason: '未签到' };
  if (s.assessed && !s.passedIds.includes(a.teacherId)) return { outcome: 'not-passed', reason: '考核未合格（不在合格名单中）' };
  if (!s.countsActualHours) return { outcome: 'credited', reason: a.reason, hours: s.hours };
  if (!a.signedOutAt) return { outcome: 'no-sign-out', reason: '未签退，无法计算实际参训学时' };
  const hours = attendedHours(s, a.signedInAt, a.signedOutAt);
  if (hours <= 0) return { outcome: 'no-sign-out', reason: '实际在场不足半学时' };
  return { outcome: 'credited', reason: hours < s.hours ? `按实际在场计 ${hours} 学时` : null, hours };
}

/** One teacher's part of the close, in its own transaction: the record (if any), its audit, the attendance outcome. */
async function closeOne(deps: Deps, caller: Caller, s: TrainingSessionDoc, person: PersonDoc, a: AttendanceDoc | undefined,
  certificates: RecordDoc[], now: string): Promise<AttendanceOutcome> {
  let v = verdictOf(s, a);
  if (v.outcome === 'credited') {
    const input = sessionRecordInput(s, v.hours ?? s.hours);
    const approved = certificates.find((r) => r.status === 'approved' && sameTraining(r.input, input));
    if (approved) v = { outcome: 'duplicate', reason: `已有同一培训的证书记录《${approved.input.title}》（${recordStatusLabels[approved.status]}），不重复计入` };
  }
  const recordId = sessionRecordId(s._id, person._id);
  await deps.store.transaction(async (tx) => {
    const cur = await tx.get<AttendanceDoc>(collections.attendance, attendanceIdOf(s._id, person._id));
    if (cur?.outcome) return; // done by an earlier, interrupted close
    let credited: string | null = null;
    if (v.outcome === 'credited') {
      const existing = await tx.get<RecordDoc>(collections.records, recordId);
      if (!existing) {
        const input = sessionRecordInput(s, v.hours ?? s.hours);
        const record: RecordDoc = {
          _id: recordId, teacherId: person._id, schoolId: person.schoolId as string, countyId: s.countyId, year: Number(s.date.slice(0, 4)),
          status: 'approved', version: 1, requestId: `signin-${digest('sign-in', s._id, person._id).slice(0, 32)}`, input,
          certificateKey: null, retake: false, corrects: null, supersededBy: null, certificates: [], returnReason: null, returnFields: [],
          reviewNote: '现场签到', reviewedBy: caller.person._id, reviewedAt: now, submittedAt: now, updatedAt: now,
          history: [{ at: now, by: caller.person._id, action: 'approve', from: null, to: 'approved', note: '现场签到' }],
          source: 'sign-in', sessionId: s._id,
        };
        await tx.add(collections.records, record);
        await appendAudit(tx, deps, now, {
          actorId: caller.person._id, action: 'training.credit', targetCollection: collections.records, targetId: recordId,
          countyId: s.countyId, schoolId: record.schoolId, before: null, after: { status: 'approved', source: 'sign-in', sessionId: s._id, hours: input.hours },
        });
      }
      credited = recordId;
    }
    const base: AttendanceDoc = cur ?? {
      _id: attendanceIdOf(s._id, person._id), sessionId: s._id, teacherId: person._id, schoolId: person.schoolId as string, countyId: s.countyId,
      signedInAt: null, signedOutAt: null, via: 'hand', markedBy: null, late: false, lateMinutes: 0, recordId: null, outcome: null, reason: null, updatedAt: now,
    };
    await tx.set(collections.attendance, {
      ...base, recordId: credited, creditedHours: credited ? v.hours ?? s.hours : null, outcome: v.outcome, reason: v.reason, updatedAt: now,
    });
  });
  return v.outcome;
}

async function setStatus(deps: Deps, caller: Caller, id: string, from: TrainingSessionDoc['status'], to: 'closing' | 'closed', now: string) {
  return deps.store.transaction(async (tx) => {
    const s = await tx.get<TrainingSessionDoc>(collections.trainingSessions, id);
    if (!s) throw fail.notFound('培训不存在或已被删除');
    if (s.status !== from) return s;
    const next: TrainingSessionDoc = {
      ...s, status: to, version: s.version + 1, updatedAt: now,
      ...(to === 'closed' ? { closedAt: now, closedBy: caller.person._id } : {}),
      history: [...s.history, { at: now, by: caller.person._id, action: 'close' as const, note: to === 'closing' ? '开始计入学时' : '已计入学时' }].slice(-200),
    };
    await tx.set(collections.trainingSessions, next);
    await appendAudit(tx, deps, now, {
      actorId: caller.person._id, action: 'training.close', targetCollection: collections.trainingSessions, targetId: id,
      countyId: s.countyId, schoolId: s.schoolId, before: { status: s.status, version: s.version }, after: { status: to, version: next.version },
    });
    return next;
  });
}

async function answer(deps: Deps, s: TrainingSessionDoc): Promise<z.infer<typeof closeData>> {
  const rows = await attendanceOf(deps, s._id);
  const credited = rows.filter((r) => r.outcome === 'credited').length;
  return { session: await sessionRowFor(deps, s), credited, notCredited: rows.filter((r) => r.outcome !== null).length - credited };
}

/**
 * training.close: `planned → closing`, then each expected teacher (and anyone
 * marked present) in her own transaction with a deterministic record id, then
 * `closed`. A close interrupted half-way is resumed by calling it again; a
 * closed session answers the same counts and writes nothing.
 * Records are approved with source 'sign-in' and `updatedAt` = now, which is
 * what the management summaries' refresh watches (decision 011/015), so
 * progress sees them on the next read like any approval.
 */
export async function closeSession(deps: Deps, caller: Caller, e: { sessionId: string; version: number }): Promise<z.infer<typeof closeData>> {
  let s = await loadSession(deps, e.sessionId);
  requireOrganiser(caller, s);
  if (s.status === 'closed') return answer(deps, s);
  if (s.status === 'cancelled') throw fail.state('该培训已取消，不能计入学时');
  const now = deps.clock();
  if (s.status === 'planned') {
    if (s.version !== e.version) throw new AppError('VERSION_CONFLICT', '该培训已被他人修改，请刷新');
    if (now < s.startsAt) throw fail.state('培训还没有开始，不能结束并计入学时');
    s = await setStatus(deps, caller, s._id, 'planned', 'closing', now);
  }
  const [people, rows, records] = await Promise.all([
    expectedTeachers(deps, s), attendanceOf(deps, s._id),
    deps.store.find<RecordDoc>(collections.records, { countyId: s.countyId, year: Number(s.date.slice(0, 4)), status: { neq: 'withdrawn' } }),
  ]);
  const byTeacher = new Map(rows.map((r) => [r.teacherId, r] as const));
  const everyone = new Map(people.map((p) => [p._id, p] as const));
  const extra = rows.filter((r) => !everyone.has(r.teacherId)).map((r) => r.teacherId);
  if (extra.length > 0) {
    for (const p of await deps.store.find<PersonDoc>(collections.people, { _id: { in: extra } })) everyone.set(p._id, p);
  }
  for (const person of everyone.values()) {
    const certificates = records.filter((r) => r.teacherId === person._id && (r.source ?? 'certificate') === 'certificate');
    await closeOne(deps, caller, s, person, byTeacher.get(person._id), certificates, now);
  }
  s = await setStatus(deps, caller, s._id, 'closing', 'closed', now);
  return answer(deps, s);
}
