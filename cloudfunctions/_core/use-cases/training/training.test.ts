import { computeProgress } from '../../../../shared/engine';
import { getPolicy } from '../../../../shared/policies';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { ProgressReport } from '../../../../shared/schemas/progress-report';
import { teacher } from '../../../../shared/test-support/fixtures';
import { toCreditRecord } from '../progress/engine-input';
import { openWorld, type World } from '../testing/world';

let w: World;
beforeEach(async () => { w = await openWorld(); w.now = '2026-06-01T01:55:00.000Z'; }); // 09:55 Beijing
afterEach(async () => { await w.close(); });

/** A 校本研修 of s1 on 2026-06-01, 10:00–12:00 Beijing, 3 学时. */
const facts = (over: Record<string, unknown> = {}) => ({
  template: { title: '校本研修：大单元教学设计', organizer: '通榆县第一中学', form: '校本', level: '校', track: '校本', content: '专业' },
  hours: 3, date: '2026-06-01', startsAt: '2026-06-01T02:00:00.000Z', endsAt: '2026-06-01T04:00:00.000Z', place: '一中三楼会议室', ...over,
});
type Row = { id: string; version: number; status: string; expectedCount: number; signedInCount: number };
const create = async (over: Record<string, unknown> = {}) => (await w.ok<{ session: Row }>('training', { action: 'create', ...facts(over) }, 'paula')).session;
const codeOf = async (id: string, who: 'paula' | 'zoe' = 'paula') => (await w.ok<{ code: string; image: { mime: string; base64: string } }>('training', { action: 'code', sessionId: id }, who));

describe('training sessions', () => {
  it('a principal creates her school\'s 校本研修 (audited); a teacher and another school\'s principal may not manage it', async () => {
    const s = await create();
    expect(s).toMatchObject({ status: 'planned', version: 1, expectedCount: 3 }); // alice, bob, and paula (a principal who teaches)
    expect(await w.store.count(collections.audit, { action: 'training.create', targetId: s.id })).toBe(1);
    expect(await w.call('training', { action: 'create', ...facts() }, 'alice')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.call('training', { action: 'cancel', sessionId: s.id, version: 1 }, 'quinn')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.call('training', { action: 'cancel', sessionId: s.id, version: 9 }, 'paula')).toMatchObject({ ok: false, error: { code: 'VERSION_CONFLICT' } });
  });
});

describe('sign-in', () => {
  it('signs in once; a replay answers the first result and writes nothing; a race leaves one attendance', async () => {
    const s = await create();
    w.now = '2026-06-01T02:15:00.000Z'; // 15 minutes late
    const { code, image } = await codeOf(s.id);
    expect(image.mime).toBe('image/png');
    const first = await w.ok<{ replayed: boolean; attendance: { late: boolean; lateMinutes: number } }>('training', { action: 'sign-in', code }, 'alice');
    expect(first).toMatchObject({ replayed: false, attendance: { late: true, lateMinutes: 15 } });
    const before = await w.counts();
    expect(await w.ok('training', { action: 'sign-in', code: code.toLowerCase() }, 'alice')).toMatchObject({ replayed: true });
    expect(await w.counts()).toEqual(before);
    w.now = '2026-06-01T02:40:00.000Z'; // the old code has expired: she still gets her first answer
    expect(await w.ok('training', { action: 'sign-in', code }, 'alice')).toMatchObject({ replayed: true });
    expect(await w.counts()).toEqual(before);
    const fresh = (await codeOf(s.id)).code;
    const race = await Promise.all([1, 2, 3, 4].map(() => w.call('training', { action: 'sign-in', code: fresh }, 'bob')));
    expect(race.every((r) => r.ok)).toBe(true);
    expect(await w.store.count(collections.attendance, { sessionId: s.id })).toBe(2);
  });

  it.each([
    ['forged', 'NOT_FOUND', '签到码无效'],
    ['expired', 'CODE_EXPIRED', '签到码已过期'],
    ['other county', 'FORBIDDEN', '其他县区'],
    ['not expected', 'FORBIDDEN', '参训名单'],
  ])('a %s code is refused with a Chinese message and nothing written', async (kind, code, message) => {
    const s = await create();
    let c = (await codeOf(s.id)).code;
    let who: 'alice' | 'dave' | 'carol' = 'alice';
    if (kind === 'forged') c = 'ABCDEFGHJK';
    if (kind === 'expired') w.now = '2026-06-01T01:58:01.000Z'; // issued 01:55, valid 120 s
    if (kind === 'other county') who = 'dave';
    if (kind === 'not expected') who = 'carol';
    const before = await w.counts();
    const res = await w.call('training', { action: 'sign-in', code: c }, who);
    expect(res).toMatchObject({ ok: false, error: { code } });
    expect(!res.ok && res.error.message).toContain(message);
    expect(await w.counts()).toEqual(before);
  });

  it('outside the window: SIGN_IN_CLOSED, nothing written', async () => {
    const s = await create();
    const { code } = await codeOf(s.id);
    w.now = '2026-06-01T01:56:00.000Z';
    await w.store.update(collections.trainingSessions, s.id, { startsAt: '2026-06-01T03:00:00.000Z' }); // opens 02:30
    const before = await w.counts();
    expect(await w.call('training', { action: 'sign-in', code }, 'alice')).toMatchObject({ ok: false, error: { code: 'SIGN_IN_CLOSED' } });
    expect(await w.counts()).toEqual(before);
  });
});

describe('close', () => {
  it('credits present teachers with approved sign-in records, marks the absent, twice gives the same records, and progress rises by the engine\'s figure', async () => {
    await w.ok('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026' }, 'zoe');
    const mine = async () => (await w.ok<{ report: ProgressReport }>('progress', { action: 'mine', year: 2026 }, 'alice')).report.years[0]!.total.earned;
    const beforeTotal = await mine();
    const s = await create();
    const { code } = await codeOf(s.id);
    await w.ok('training', { action: 'sign-in', code }, 'alice');
    w.now = '2026-06-01T04:10:00.000Z';
    const closed = await w.ok<{ credited: number; notCredited: number; session: Row }>('training', { action: 'close', sessionId: s.id, version: 1 }, 'paula');
    expect(closed).toMatchObject({ credited: 1, session: { status: 'closed' } });
    const records = await w.store.find<RecordDoc>(collections.records, { sessionId: s.id });
    expect(records.map((r) => [r._id, r.status, r.source, r.teacherId])).toEqual([[`rec-sess-${s.id}-alice`, 'approved', 'sign-in', 'alice']]);
    const got = await w.ok<{ record: { source: string; session: { title: string; organiserName: string } | null } }>('records', { action: 'get', recordId: records[0]!._id }, 'alice');
    expect(got.record).toMatchObject({ source: 'sign-in', session: { title: '校本研修：大单元教学设计', organiserName: expect.any(String) } });
    const counts = await w.counts();
    expect(await w.ok('training', { action: 'close', sessionId: s.id, version: 1 }, 'paula')).toEqual(closed);
    expect(await w.counts()).toEqual(counts);
    // The engine's figure for exactly this record, under the same policy.
    const engine = computeProgress(getPolicy('tongyu-2026')!, records.map(toCreditRecord), teacher({ teacherId: 'alice' }), '2026-12-31');
    expect((await mine()) - beforeTotal).toBe(engine.years[0]!.total.earned);
    expect(engine.years[0]!.total.earned).toBeGreaterThan(0);
    const my = await w.ok<{ items: { state: string; credited: number | null }[] }>('training', { action: 'mine', year: 2026 }, 'alice');
    expect(my.items).toEqual([expect.objectContaining({ state: 'credited', credited: 3 })]);
    // The other direction: a certificate of the same training is DUPLICATE unless she says retake.
    const cert = { title: '校本研修：大单元教学设计', organizer: '通榆县第一中学', hours: 3, startDate: '2026-06-01', endDate: '2026-06-01', form: '校本', level: '校', content: '专业' };
    expect(await w.call('records', { action: 'submit', requestId: 'dup-signin-01', record: cert }, 'alice')).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } });
    expect(await w.call('records', { action: 'submit', requestId: 'dup-signin-02', record: cert, retake: true }, 'alice')).toMatchObject({ ok: true });
    const bob = await w.ok<{ items: { state: string; reason: string | null }[] }>('training', { action: 'mine', year: 2026 }, 'bob');
    expect(bob.items).toEqual([expect.objectContaining({ state: 'missing', reason: '未签到' })]);
  });

  it('an approved certificate of the same training is a duplicate: no second record', async () => {
    await w.ok('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026' }, 'zoe');
    const sub = await w.ok<{ record: { id: string; version: number } }>('records', { action: 'submit', requestId: 'dup-cert-0001', record: {
      title: '校本研修：大单元教学设计', organizer: '通榆县第一中学', hours: 3, startDate: '2026-05-30', endDate: '2026-05-30', form: '校本', level: '校', track: '校本', content: '专业',
    } }, 'alice');
    await w.ok('review', { action: 'approve', recordId: sub.record.id, version: sub.record.version }, 'oscar');
    const s = await create({ date: '2026-05-30', startsAt: '2026-05-30T02:00:00.000Z', endsAt: '2026-05-30T04:00:00.000Z' });
    await w.ok('training', { action: 'mark', sessionId: s.id, teacherIds: ['alice'], present: true }, 'paula');
    const closed = await w.ok<{ credited: number }>('training', { action: 'close', sessionId: s.id, version: 1 }, 'paula');
    expect(closed.credited).toBe(0);
    expect(await w.store.count(collections.records, { sessionId: s.id })).toBe(0);
    const detail = await w.ok<{ attendees: { teacherId: string; outcome: string; reason: string }[] }>('training', { action: 'get', sessionId: s.id }, 'paula');
    expect(detail.attendees.find((a) => a.teacherId === 'alice')).toMatchObject({ outcome: 'duplicate' });
  });
});
