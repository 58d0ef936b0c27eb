/**
 * How to exercise each action in a given scope: what to set up first and which
 * event to send. Pure test plumbing; the expectations live in the table.
 */
import type { z } from 'zod';
import { bindData, subscriptionsData, whoamiData } from '../../../../shared/schemas/api/identity';
import { policyGetData, policyListData, publishData, rollOverData } from '../../../../shared/schemas/api/policy';
import { countyData, mineData, schoolData, teacherData, teachersData } from '../../../../shared/schemas/api/progress';
import { listData, previewData, readCertificateData, recordData, submitData, uploadData } from '../../../../shared/schemas/api/records';
import { batchApproveData, detailData, queueData } from '../../../../shared/schemas/api/review';
import { auditData, exportData, exportsData, schoolsData } from '../../../../shared/schemas/api/registers';
import { importData, inviteData, rosterListData, setRoleData } from '../../../../shared/schemas/api/roster';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { FunctionName } from '../../../../cloudfunctions/_core/registry';
import { certificatePng } from '../../../../cloudfunctions/_local/seed/certificate-image';
import { trainingActions } from './training-actions';
import { county1, county2, openids, schoolOf, type CallerKey, type MatrixWorld, type Scope } from './world';

export interface Prepared { event: Record<string, unknown>; token?: string }
export interface ActionSpec {
  fn: FunctionName;
  /** True when an allowed call must change stored data. */
  writes: boolean;
  /** The success data must match the shared response schema. */
  data: z.ZodType;
  prepare(w: MatrixWorld, scope: Scope, caller: CallerKey): Promise<Prepared>;
}

/** Whose record/person a cell targets. */
function ownerOf(scope: Scope, caller: CallerKey): string {
  if (scope === 'own') return openids.ownTarget;
  if (scope === 'other') return openids.otherTarget;
  if (scope === 'county2') return openids.county2Teacher;
  return caller === 'reviewer' ? openids.reviewer : openids.teacher; // admin has no records of her own
}

/** Who may review the owner's records (never the owner herself). */
function reviewerFor(owner: string): string {
  if (owner === openids.reviewer) return openids.officer;
  if (owner === openids.otherTarget) return openids.xinhuaPrincipal;
  if (owner === openids.county2Teacher) return openids.county2Admin;
  return openids.reviewer;
}

/** The openid a caller signs in with. */
function callerOpenid(caller: CallerKey): string {
  if (caller === 'unbound' || caller === 'anonymous') return 'local-test-unbound';
  return openids[caller];
}

const adminFor = (scope: Scope) => (scope === 'county2' ? openids.county2Admin : openids.admin);

export function recordInput(w: MatrixWorld) {
  return {
    title: `授权矩阵测试培训 ${w.nextId()}`, organizer: '通榆县教师进修学校', hours: 6, startDate: '2026-10-10', endDate: '2026-10-11',
    form: '集中', level: '县', content: '专业', topic: '班级管理',
  };
}

async function pending(w: MatrixWorld, owner: string) {
  const data = await w.setup<{ record: { id: string; version: number } }>('records', { action: 'submit', requestId: `matrix-${w.nextId()}`, record: recordInput(w) }, owner);
  return { recordId: data.record.id, version: data.record.version };
}

async function returned(w: MatrixWorld, owner: string) {
  const p = await pending(w, owner);
  const data = await w.setup<{ record: { version: number } }>('review', { action: 'return', ...p, reason: '请补充证书照片' }, reviewerFor(owner));
  return { recordId: p.recordId, version: data.record.version };
}

/** A new roster person in the scope's school (imported by that county's admin). */
async function freshPerson(w: MatrixWorld, scope: Scope) {
  const school = scope === 'county2' ? schoolOf.county2 : scope === 'other' ? schoolOf.other : schoolOf.own;
  const data = await w.setup<{ people: { personId: string; name: string; bindingCode?: string }[] }>(
    'roster', { action: 'import', rows: [{ name: `新人${w.nextId()}`, schoolId: school }] }, adminFor(scope));
  const p = data.people[0];
  if (!p) throw new Error('import made nobody');
  return p;
}

const schoolFor = (scope: Scope) => (scope === 'county2' ? schoolOf.county2 : scope === 'other' ? schoolOf.other : schoolOf.own);

export const actions: Record<string, ActionSpec> = {
  'identity.whoami': { fn: 'identity', writes: false, data: whoamiData, prepare: async () => ({ event: { action: 'whoami' } }) },
  'identity.bind': {
    fn: 'identity', writes: true, data: bindData,
    async prepare(w, _scope, caller) {
      const p = await freshPerson(w, 'own');
      // Binding turns an unbound session into a bound one: give that cell its own session.
      return { event: { action: 'bind', name: p.name, code: p.bindingCode }, ...(caller === 'unbound' ? { token: await w.freshUnboundToken() } : {}) };
    },
  },
  'identity.subscriptions': { fn: 'identity', writes: false, data: subscriptionsData, prepare: async () => ({ event: { action: 'subscriptions' } }) },
  'identity.subscribe': { fn: 'identity', writes: true, data: subscriptionsData, prepare: async () => ({ event: { action: 'subscribe', kinds: ['queue'] } }) },
  'records.submit': { fn: 'records', writes: true, data: submitData, prepare: async (w) => ({ event: { action: 'submit', requestId: `matrix-${w.nextId()}`, record: recordInput(w) } }) },
  'records.preview': { fn: 'records', writes: false, data: previewData, prepare: async (w) => ({ event: { action: 'preview', year: 2026, draft: recordInput(w) } }) },
  'records.upload-certificate': {
    fn: 'records', writes: true, data: uploadData,
    async prepare(w) {
      const stored = await w.h.server.files.put(`staging/matrix-${w.nextId()}-photo.png`, certificatePng(w.nextId().length), 'image/png');
      return { event: { action: 'upload-certificate', fileId: stored.fileId } };
    },
  },
  'records.read-certificate': {
    fn: 'records', writes: true, data: readCertificateData,
    async prepare(w, scope, caller) {
      // The upload belongs to the caller (self) or to someone in the scope; written directly, as the upload route would.
      const owner = scope === 'self' ? callerOpenid(caller) : ownerOf(scope, caller);
      const id = `u_matrix_${w.nextId()}`;
      const stored = await w.h.server.files.put(`staging/${id}.png`, certificatePng(Number(w.nextId().slice(1))), 'image/png');
      await w.h.server.store.set(collections.uploads, {
        _id: id, openid: owner, fileId: stored.fileId, contentType: 'image/png', size: stored.size, sha256: stored.sha256,
        createdAt: '2026-11-22T05:00:00.000Z', claimedBy: null, claimedAt: null,
      });
      return { event: { action: 'read-certificate', uploadId: id } };
    },
  },
  'records.list': {
    fn: 'records', writes: false, data: listData,
    async prepare(w, scope, caller) {
      if (scope === 'self') return { event: { action: 'list', year: 2026 } };
      return { event: { action: 'list', teacherId: await w.personIdOf(ownerOf(scope, caller)) } };
    },
  },
  'records.get': { fn: 'records', writes: false, data: recordData, prepare: async (w, s, c) => ({ event: { action: 'get', recordId: (await pending(w, ownerOf(s, c))).recordId } }) },
  'records.resubmit': { fn: 'records', writes: true, data: recordData, prepare: async (w, s, c) => ({ event: { action: 'resubmit', ...(await returned(w, ownerOf(s, c))), record: recordInput(w) } }) },
  'records.withdraw': { fn: 'records', writes: true, data: recordData, prepare: async (w, s, c) => ({ event: { action: 'withdraw', ...(await pending(w, ownerOf(s, c))), note: '填错了' } }) },
  'review.queue': { fn: 'review', writes: false, data: queueData, prepare: async (_w, s) => ({ event: { action: 'queue', schoolId: schoolFor(s), year: 2026 } }) },
  'review.approve': { fn: 'review', writes: true, data: recordData, prepare: async (w, s, c) => ({ event: { action: 'approve', ...(await pending(w, ownerOf(s, c))) } }) },
  'review.return': { fn: 'review', writes: true, data: recordData, prepare: async (w, s, c) => ({ event: { action: 'return', ...(await pending(w, ownerOf(s, c))), reason: '学时与证书不一致', fields: ['hours'] } }) },
  'review.batch-approve': { fn: 'review', writes: true, data: batchApproveData, prepare: async (w, s, c) => ({ event: { action: 'batch-approve', items: [await pending(w, ownerOf(s, c))] } }) },
  'review.detail': { fn: 'review', writes: false, data: detailData, prepare: async (w, s, c) => ({ event: { action: 'detail', recordId: (await pending(w, ownerOf(s, c))).recordId } }) },
  'progress.mine': { fn: 'progress', writes: false, data: mineData, prepare: async () => ({ event: { action: 'mine', year: 2026 } }) },
  'progress.school': { fn: 'progress', writes: false, data: schoolData, prepare: async (_w, s) => ({ event: { action: 'school', schoolId: schoolFor(s), year: 2026 } }) },
  'progress.county': { fn: 'progress', writes: false, data: countyData, prepare: async (_w, s) => ({ event: { action: 'county', countyId: s === 'county2' ? county2 : county1, year: 2026 } }) },
  'progress.teachers': { fn: 'progress', writes: false, data: teachersData, prepare: async (_w, s) => ({ event: { action: 'teachers', schoolId: schoolFor(s), year: 2026, sort: 'shortfall' } }) },
  'progress.teacher': { fn: 'progress', writes: false, data: teacherData, prepare: async (w, s, c) => ({ event: { action: 'teacher', teacherId: await w.personIdOf(ownerOf(s, c)), year: 2026 } }) },
  'roster.import': { fn: 'roster', writes: true, data: importData, prepare: async (w, s) => ({ event: { action: 'import', rows: [{ name: `导入${w.nextId()}`, schoolId: schoolFor(s), subject: '语文' }] } }) },
  'roster.list': { fn: 'roster', writes: false, data: rosterListData, prepare: async (_w, s) => ({ event: { action: 'list', schoolId: schoolFor(s) } }) },
  'roster.set-role': { fn: 'roster', writes: true, data: setRoleData, prepare: async (w, s) => ({ event: { action: 'set-role', personId: (await freshPerson(w, s)).personId, role: 'credit-officer', grant: true } }) },
  'roster.invite': { fn: 'roster', writes: true, data: inviteData, prepare: async (w, s) => ({ event: { action: 'invite', personId: (await freshPerson(w, s)).personId } }) },
  'policy.list': { fn: 'policy', writes: false, data: policyListData, prepare: async (_w, s) => ({ event: { action: 'list', ...(s === 'county2' ? { countyId: county2 } : {}) } }) },
  'policy.get': { fn: 'policy', writes: false, data: policyGetData, prepare: async (_w, s) => ({ event: { action: 'get', countyId: s === 'county2' ? county2 : county1, year: 2026 } }) },
  'policy.publish': {
    fn: 'policy', writes: true, data: publishData,
    async prepare(w) {
      const current = await w.h.server.store.count(collections.policyVersions, { countyId: county1, year: 2026 });
      return { event: { action: 'publish', year: 2026, policyId: 'tongyu-2026', expectedVersion: current, note: '授权矩阵测试' } };
    },
  },
  'policy.roll-over': {
    fn: 'policy', writes: true, data: rollOverData,
    async prepare(w) {
      const current = await w.h.server.store.count(collections.policyVersions, { countyId: county1, year: 2027 });
      return { event: { action: 'roll-over', fromYear: 2026, toYear: 2027, expectedVersion: current, note: '授权矩阵测试' } };
    },
  },
  'registers.schools': { fn: 'registers', writes: false, data: schoolsData, prepare: async () => ({ event: { action: 'schools' } }) },
  'registers.card': { fn: 'registers', writes: true, data: exportData, prepare: async (_w, s) => ({ event: { action: 'card', schoolId: schoolFor(s), year: 2026 } }) },
  'registers.school-table': { fn: 'registers', writes: true, data: exportData, prepare: async (_w, s) => ({ event: { action: 'school-table', schoolId: schoolFor(s), year: 2026 } }) },
  'registers.county-table': { fn: 'registers', writes: true, data: exportData, prepare: async (_w, s) => ({ event: { action: 'county-table', countyId: s === 'county2' ? county2 : county1, year: 2026 } }) },
  'registers.sign-in-sheet': {
    fn: 'registers', writes: true, data: exportData,
    async prepare(w, s) {
      // A 校本研修 as the training function stores it (training-backend), written directly.
      const _id = `sess-matrix-${w.nextId()}`;
      await w.h.server.store.set('training_sessions', {
        _id, countyId: s === 'county2' ? county2 : county1, schoolId: schoolFor(s), organiserId: 'matrix', scope: 'school', hours: 3, date: '2026-11-10',
        template: { title: '授权矩阵校本研修', form: '校本', level: '校', content: '专业', tags: [] }, startsAt: '2026-11-10T06:00:00.000Z',
        endsAt: '2026-11-10T09:00:00.000Z', place: '会议室', expected: { schoolIds: [] }, assessed: false, passedIds: [], countsActualHours: false,
        status: 'planned', version: 1, createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z', closedAt: null, closedBy: null, history: [],
      });
      return { event: { action: 'sign-in-sheet', sessionId: _id } };
    },
  },
  'registers.my-archive': { fn: 'registers', writes: true, data: exportData, prepare: async () => ({ event: { action: 'my-archive', year: 2026 } }) },
  'registers.exports': { fn: 'registers', writes: false, data: exportsData, prepare: async (_w, s) => ({ event: { action: 'exports', schoolId: schoolFor(s) } }) },
  'registers.audit': { fn: 'registers', writes: false, data: auditData, prepare: async (_w, s) => ({ event: { action: 'audit', schoolId: schoolFor(s), limit: 20 } }) },
  ...trainingActions,
};
