/**
 * The `training` rows' plumbing: a fresh session per cell, organised by whoever
 * organises the scope's school (own: 王建国's 一中 校本研修; other: 新华's; county2:
 * a 永吉 county training), its window around the harness clock.
 */
import dayjs from 'dayjs';
import { trainingData } from '../../../../shared/schemas/api/training';
import { beijingToday } from '../../../../shared/time/beijing-time';
import { TEST_NOW } from '../harness';
import type { ActionSpec } from './actions';
import { openids, type CallerKey, type MatrixWorld, type Scope } from './world';

const organiserOf = (s: Scope) => (s === 'county2' ? openids.county2Admin : s === 'other' ? openids.xinhuaPrincipal : openids.reviewer);
const expectedTeacherOf = (s: Scope) => (s === 'county2' ? openids.county2Teacher : s === 'other' ? openids.otherTarget : openids.teacher);
const callerOpenid = (c: CallerKey) => (c === 'unbound' || c === 'anonymous' ? null : openids[c]);

async function session(w: MatrixWorld, s: Scope, over: Record<string, unknown> = {}) {
  const facts = {
    template: { title: `矩阵校本研修 ${w.nextId()}`, organizer: '学校', form: '校本', level: '校', content: '专业' },
    hours: 2, date: beijingToday(TEST_NOW), startsAt: dayjs(TEST_NOW).subtract(10, 'minute').toISOString(),
    endsAt: dayjs(TEST_NOW).add(2, 'hour').toISOString(), place: '会议室', ...over,
  };
  const event = s === 'county2' ? { action: 'create', scope: 'county', ...facts } : { action: 'create', scope: 'school', ...facts };
  const data = await w.setup<{ session: { id: string; version: number } }>('training', event, organiserOf(s));
  return data.session;
}
const codeFor = async (w: MatrixWorld, s: Scope, id: string) => (await w.setup<{ code: string }>('training', { action: 'code', sessionId: id }, organiserOf(s))).code;
const ref = async (w: MatrixWorld, s: Scope, over: Record<string, unknown> = {}) => {
  const x = await session(w, s, over);
  return { sessionId: x.id, version: x.version };
};
const facts = { template: { title: '改过的研修', organizer: '学校', form: '校本', level: '校', content: '专业' }, hours: 3, date: beijingToday(TEST_NOW),
  startsAt: dayjs(TEST_NOW).subtract(10, 'minute').toISOString(), endsAt: dayjs(TEST_NOW).add(3, 'hour').toISOString(), place: '报告厅' };

const spec = (action: keyof typeof trainingData, writes: boolean, prepare: ActionSpec['prepare']): ActionSpec => ({ fn: 'training', writes, data: trainingData[action], prepare });

/** Specs of the training actions, merged into the matrix's action table. */
export const trainingActions: Record<string, ActionSpec> = {
  'training.list': spec('list', false, async () => ({ event: { action: 'list', year: 2026 } })),
  'training.get': spec('get', false, async (w, s) => ({ event: { action: 'get', sessionId: (await session(w, s)).id } })),
  'training.create': spec('create', true, async (_w, s) => ({ event: { action: 'create', scope: s === 'county2' ? 'county' : 'school', ...(s === 'county2' ? {} : { schoolId: s === 'other' ? 'school-tongyu-xh' : 'school-tongyu-1z' }), ...facts } })),
  'training.update': spec('update', true, async (w, s) => ({ event: { action: 'update', ...(await ref(w, s)), ...facts } })),
  'training.cancel': spec('cancel', true, async (w, s) => ({ event: { action: 'cancel', ...(await ref(w, s)), reason: '改期' } })),
  'training.code': spec('code', true, async (w, s) => ({ event: { action: 'code', sessionId: (await session(w, s)).id } })),
  'training.sign-in': spec('sign-in', true, async (w, s) => {
    const x = await session(w, s);
    return { event: { action: 'sign-in', code: await codeFor(w, s, x.id) } };
  }),
  'training.sign-out': spec('sign-out', true, async (w, s, c) => {
    const x = await session(w, s, { countsActualHours: true });
    const who = callerOpenid(c);
    if (who && (c === 'teacher' || c === 'reviewer')) await w.setup('training', { action: 'sign-in', code: await codeFor(w, s, x.id) }, who);
    return { event: { action: 'sign-out', code: await codeFor(w, s, x.id) } };
  }),
  'training.mark': spec('mark', true, async (w, s) => ({
    event: { action: 'mark', sessionId: (await session(w, s)).id, teacherIds: [await w.personIdOf(expectedTeacherOf(s))], present: true },
  })),
  'training.assess': spec('assess', true, async (w, s) => ({
    event: { action: 'assess', ...(await ref(w, s, { assessed: true })), passedIds: [await w.personIdOf(expectedTeacherOf(s))] },
  })),
  'training.close': spec('close', true, async (w, s) => ({ event: { action: 'close', ...(await ref(w, s)) } })),
  'training.mine': spec('mine', false, async () => ({ event: { action: 'mine', year: 2026 } })),
};
