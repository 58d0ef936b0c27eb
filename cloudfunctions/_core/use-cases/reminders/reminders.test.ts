import { formatAmount } from '../../../../shared/credits';
import { collections } from '../../../../shared/schemas/domain/collections';
import { consentId, outboxDocSchema, type MessageConsentDoc, type OutboxDoc } from '../../../../shared/schemas/domain/message';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import { remindersTimer } from '../../handlers/reminders';
import type { Messenger } from '../../ports/messenger';
import { submitAs } from '../testing/flows';
import { openWorld, type Who, type World } from '../testing/world';
import { runDailyReminders } from './daily-reminders';
import { gapStage, nextDeadline } from './gap-reminders';
import { sendMessages } from './send-messages';

let w: World;
beforeEach(async () => { w = await openWorld(); });
afterEach(async () => { await w.close(); });

type Subs = { subscriptions: { kind: string; label: string; templateId: string | null; remaining: number }[] };
const subscribe = (who: Who, kinds: string[]) => w.ok<Subs>('identity', { action: 'subscribe', kinds }, who);
const outbox = () => w.store.find<OutboxDoc>(collections.outbox, {});
const remaining = async (who: string, kind: string) => (await w.store.get<MessageConsentDoc>(collections.messageConsents, `${who}:${kind}`))?.remaining ?? 0;
const run = () => runDailyReminders(w.deps('anonymous'));

describe('consents (identity.subscriptions / identity.subscribe)', () => {
  it('lists the kinds that concern the caller, with the template id to request and the consents left', async () => {
    expect((await w.ok<Subs>('identity', { action: 'subscriptions' }, 'alice')).subscriptions).toEqual([
      { kind: 'new-session', label: '新培训通知', templateId: 'local-new-session', remaining: 0 },
      { kind: 'gap', label: '学分差额提醒', templateId: 'local-gap', remaining: 0 },
    ]);
    expect((await w.ok<Subs>('identity', { action: 'subscriptions' }, 'oscar')).subscriptions.map((s) => s.kind)).toEqual(['queue']);
    expect((await w.ok<Subs>('identity', { action: 'subscriptions' }, 'paula')).subscriptions.map((s) => s.kind)).toEqual(['new-session', 'gap', 'queue']);
  });

  it('one consent per accepted kind per call (a kind named twice counts once); they add up', async () => {
    await subscribe('alice', ['gap', 'gap', 'new-session']);
    const after = await subscribe('alice', ['gap']);
    expect(after.subscriptions.map((s) => [s.kind, s.remaining])).toEqual([['new-session', 1], ['gap', 2]]);
    expect(await w.store.get(collections.messageConsents, consentId('alice', 'gap'))).toMatchObject({ countyId: 'c1', templateId: 'local-gap', remaining: 2, granted: 2 });
  });

  it.each([
    ['a teacher asking for queue reminders', 'alice', ['queue'], 'FORBIDDEN'],
    ['a credit officer who does not teach asking for gap reminders', 'oscar', ['gap'], 'FORBIDDEN'],
    ['an unknown kind', 'alice', ['everything'], 'INVALID_INPUT'],
    ['no kind', 'alice', [], 'INVALID_INPUT'],
    ['an unbound WeChat', 'stranger', ['gap'], 'NOT_BOUND'],
    ['nobody', 'anonymous', ['gap'], 'UNAUTHENTICATED'],
  ] as const)('%s → %s, nothing written', async (_n, who, kinds, code) => {
    const before = await w.counts();
    expect(await w.call('identity', { action: 'subscribe', kinds }, who)).toMatchObject({ ok: false, error: { code } });
    expect(await w.counts()).toEqual(before);
  });

  it('a kind without a template on this environment is refused', async () => {
    const none: Messenger = { channel: 'x', templateId: () => null, deliver: async () => ({ delivered: true }) };
    const res = await remindersOf('alice', none);
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '「学分差额提醒」暂未开通' } });
  });
});

async function remindersOf(who: Who, messenger: Messenger) {
  const { identityFunction } = await import('../../handlers/identity');
  return identityFunction({ action: 'subscribe', kinds: ['gap'] }, { ...w.deps(who), messenger });
}

describe('gap reminders before the county deadline', () => {
  beforeEach(async () => { await w.ok('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026' }, 'zoe'); });

  it('the deadline is the policy\'s next hand-in date (通榆: 12 月 10 日), else the year\'s end; the window is 14 days', () => {
    const data = { deadlines: [{ id: 'd', name: '学校上交材料', from: '2026-12-01', to: '2026-12-10', source: '…' }] };
    expect(nextDeadline(data, 2026, '2026-11-20')).toEqual({ date: '2026-12-10', name: '学校上交材料' });
    expect(nextDeadline(data, 2026, '2026-12-11')).toEqual({ date: '2026-12-31', name: '2026 年度学分统计' });
    expect(gapStage('2026-12-10', '2026-11-25')).toBeNull();
    expect(gapStage('2026-12-10', '2026-11-26')).toEqual({ stage: 'early', daysLeft: 14 });
    expect(gapStage('2026-12-10', '2026-12-07')).toEqual({ stage: 'final', daysLeft: 3 });
    expect(gapStage('2026-12-10', '2026-12-11')).toBeNull();
  });

  it('a teacher who opted in and is short is told what she lacks, once per stage; without a consent, nothing', async () => {
    await subscribe('alice', ['gap']);
    await subscribe('paula', ['gap']);
    await subscribe('paula', ['gap']);
    w.now = '2026-11-20T00:00:00.000Z'; // 20 days out: too early
    expect((await run()).gap.sent).toBe(0);
    expect(await outbox()).toEqual([]);

    w.now = '2026-11-28T00:00:00.000Z'; // Beijing 11-28, 12 days before 12-10
    const first = await run();
    expect(first.gap).toMatchObject({ sent: 2 });
    const rows = (await w.ok<{ items: { teacherId: string; shortfall: number }[] }>('progress', { action: 'teachers', year: 2026 }, 'paula')).items;
    const alice = (await outbox()).find((m) => m.personId === 'alice')!;
    expect(outboxDocSchema.parse(alice)).toMatchObject({
      _id: 'gap:c1:2026-12-10:early:alice', kind: 'gap', status: 'sent', channel: 'local-outbox', page: 'my-records/progress/index', templateId: 'local-gap',
    });
    const shortfall = rows.find((r) => r.teacherId === 'alice')!.shortfall;
    expect(alice.text).toContain(`还差 ${formatAmount(shortfall as never, { unit: '学时' })}`);
    expect(alice.text).toMatch(/^alice老师：距「学校上交学分登记卡、统计表等材料」（12月10日）还有 12 天/);
    expect([...alice.fields.title!].length).toBeLessThanOrEqual(30);
    expect(await remaining('alice', 'gap')).toBe(0);
    expect(await remaining('paula', 'gap')).toBe(1);

    // The same day again, and the next day (same stage): nothing new. alice has no consent left:
    // she is not even drafted for (only holders of a consent are looked at).
    expect((await run()).gap).toMatchObject({ sent: 0 });
    w.now = '2026-11-29T00:00:00.000Z';
    expect((await run()).gap).toMatchObject({ sent: 0, already: 1 });
    // The final days: paula (a consent left) hears again, alice (none left) does not.
    w.now = '2026-12-08T00:00:00.000Z';
    expect((await run()).gap).toMatchObject({ sent: 1 });
    expect((await outbox()).map((m) => m._id).sort()).toEqual([
      'gap:c1:2026-12-10:early:alice', 'gap:c1:2026-12-10:early:paula', 'gap:c1:2026-12-10:final:paula',
    ]);
    // bob never opted in: never written to.
    expect((await outbox()).some((m) => m.personId === 'bob')).toBe(false);
  });
});

describe('queue reminders for reviewers', () => {
  it('a record waiting more than 3 days: the reviewers who opted in are told, once a day', async () => {
    await w.ok('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026' }, 'zoe');
    await subscribe('oscar', ['queue']);
    await subscribe('oscar', ['queue']);
    await subscribe('zoe', ['queue']);
    await subscribe('quinn', ['queue']);
    await submitAs(w, 'alice', { hours: 4 }); // 2026-06-01 10:00 Beijing
    w.now = '2026-06-03T02:00:00.000Z';
    expect((await run()).queue.sent).toBe(0);
    w.now = '2026-06-05T02:00:00.000Z';
    expect((await run()).queue).toMatchObject({ sent: 2 });
    const oscar = await w.store.get<OutboxDoc>(collections.outbox, 'queue:oscar:2026-06-05');
    expect(oscar).toMatchObject({ kind: 'queue', page: 'manage/queue/index', fields: { count: '1', time: '2026年06月01日 10:00' } });
    expect(oscar!.text).toBe('oscar：您的审核队列有 1 条记录已等待超过 3 天（最早 2026年6月1日 提交），请尽快审核。');
    expect(await w.store.get(collections.outbox, 'queue:zoe:2026-06-05')).not.toBeNull();
    // quinn reviews the other school: her queue is empty.
    expect(await w.store.get(collections.outbox, 'queue:quinn:2026-06-05')).toBeNull();
    // Same day again: nothing (zoe has no consent left, oscar's id is taken), and oscar keeps his second consent.
    expect((await run()).queue).toMatchObject({ sent: 0, already: 1 });
    expect(await remaining('oscar', 'queue')).toBe(1);
  });
});

describe('sending', () => {
  const draft = async (id: string) => ({
    id, kind: 'gap' as const, person: (await w.store.get<PersonDoc>(collections.people, 'alice'))!, page: 'p', fields: { title: 't' }, text: 't',
  });
  const failing = (consentGone: boolean): Messenger => ({ channel: 'wechat-subscribe', templateId: (k) => `local-${k}`, deliver: async () => ({ delivered: false, error: '43101 user refuse to accept the msg', consentGone }) });

  it('a failed send is logged and gives the consent back; "no consent left" from WeChat clears the count', async () => {
    await subscribe('alice', ['gap']);
    await subscribe('alice', ['gap']);
    expect(await sendMessages({ ...w.deps('anonymous'), messenger: failing(false) }, [await draft('m1')])).toMatchObject({ failed: 1 });
    expect(await w.store.get(collections.outbox, 'm1')).toMatchObject({ status: 'failed', error: '43101 user refuse to accept the msg', channel: 'wechat-subscribe' });
    expect(await remaining('alice', 'gap')).toBe(2);
    await sendMessages({ ...w.deps('anonymous'), messenger: failing(true) }, [await draft('m2')]);
    expect(await remaining('alice', 'gap')).toBe(0);
  });

  it('the timer function refuses a caller with an OPENID, and runs without one', async () => {
    expect(await remindersTimer({}, w.deps('alice'))).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '该功能只由定时任务调用' } });
    expect(await remindersTimer({}, w.deps('anonymous'))).toMatchObject({ ok: true, data: { counties: 2 } });
  });
});

describe('新培训通知 (after training.create)', () => {
  const session = {
    _id: 'sess-1', countyId: 'c1', schoolId: 's1', organiserId: 'paula', scope: 'school' as const, hours: 3, date: '2026-06-10',
    template: { title: '大单元教学设计校本研修' }, startsAt: '2026-06-10T06:00:00.000Z', endsAt: '2026-06-10T09:00:00.000Z', place: '一小三楼会议室',
    expected: { schoolIds: [] }, assessed: false, countsActualHours: false, status: 'planned' as const,
  };

  it('expected teachers who opted in hear of it once; others, and the organiser, do not', async () => {
    const { notifySessionCreated } = await import('./new-session-reminders');
    await subscribe('alice', ['new-session']);
    await subscribe('carol', ['new-session']); // other school: not expected
    await subscribe('paula', ['new-session']); // the organiser
    expect(await notifySessionCreated(w.deps('paula'), session)).toMatchObject({ sent: 1 });
    expect(await outbox()).toEqual([expect.objectContaining({
      _id: 'session:sess-1:alice', kind: 'new-session', page: 'sign-in/mine/index', status: 'sent',
      fields: { title: '大单元教学设计校本研修', time: '2026年06月10日 14:00', place: '一小三楼会议室', note: '计 3 学时，到场扫码签到' },
      text: 'alice老师：您需参加「大单元教学设计校本研修」，2026年06月10日 14:00—17:00，地点 一小三楼会议室，计 3 学时。请到场后打开小程序扫码签到。',
    })]);
    await subscribe('alice', ['new-session']);
    expect(await notifySessionCreated(w.deps('paula'), session)).toMatchObject({ sent: 0, already: 1 });
    expect(await remaining('alice', 'new-session')).toBe(1);
  });

  it('training.create sends it (through the real use-case)', async () => {
    await w.ok('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026' }, 'zoe');
    await subscribe('bob', ['new-session']);
    const created = await w.ok<{ session: { id: string } }>('training', {
      action: 'create', template: { title: '作业设计校本研修', organizer: '第一小学', form: '校本', level: '校', content: '专业' }, hours: 2,
      date: '2026-06-10', startsAt: '2026-06-10T06:00:00.000Z', endsAt: '2026-06-10T08:00:00.000Z', place: '一小会议室',
    }, 'paula');
    expect(await outbox()).toEqual([expect.objectContaining({ _id: `session:${created.session.id}:bob`, status: 'sent' })]);
  });
});
