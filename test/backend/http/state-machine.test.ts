/**
 * The record state machine over HTTP: from each status, each command by the
 * person entitled to give it either moves the record to the documented next
 * status or is refused with INVALID_STATE and changes nothing. Plus stale
 * versions (VERSION_CONFLICT) and idempotent submits.
 */
import { startHarness, type Harness } from './harness';

type Status = 'submitted' | 'returned' | 'resubmitted' | 'approved' | 'withdrawn';
type Command = 'approve' | 'return' | 'resubmit' | 'withdraw';

/** The documented transitions (docs/api-contract.md, shared/records/state-machine.ts header). */
const transitions: [Status, Command, Status | 'INVALID_STATE'][] = [
  ['submitted', 'approve', 'approved'],
  ['submitted', 'return', 'returned'],
  ['submitted', 'resubmit', 'INVALID_STATE'],
  ['submitted', 'withdraw', 'withdrawn'],
  ['returned', 'approve', 'INVALID_STATE'],
  ['returned', 'return', 'INVALID_STATE'],
  ['returned', 'resubmit', 'resubmitted'],
  ['returned', 'withdraw', 'withdrawn'],
  ['resubmitted', 'approve', 'approved'],
  ['resubmitted', 'return', 'returned'],
  ['resubmitted', 'resubmit', 'INVALID_STATE'],
  ['resubmitted', 'withdraw', 'withdrawn'],
  ['approved', 'approve', 'INVALID_STATE'],
  ['approved', 'return', 'INVALID_STATE'],
  ['approved', 'resubmit', 'INVALID_STATE'],
  ['approved', 'withdraw', 'INVALID_STATE'],
  ['withdrawn', 'approve', 'INVALID_STATE'],
  ['withdrawn', 'return', 'INVALID_STATE'],
  ['withdrawn', 'resubmit', 'INVALID_STATE'],
  ['withdrawn', 'withdraw', 'INVALID_STATE'],
];

interface Ref { recordId: string; version: number }
interface RecordBody { record: { id: string; version: number; status: Status; returnReason: string | null; returnFields: string[]; allowedActions: string[] } }

let h: Harness;
let teacher: string;
let principal: string;
let n = 0;

const input = () => ({
  title: `状态机测试培训 ${(n += 1)}`, organizer: '通榆县教师进修学校', hours: 6, startDate: '2026-10-10', endDate: '2026-10-11',
  form: '集中', level: '县', content: '专业', topic: '班级管理',
});

async function call(token: string, fn: string, event: Record<string, unknown>): Promise<RecordBody['record']> {
  const res = await h.fn(fn, event, token);
  if (!res.ok) throw new Error(`${fn}.${String(event.action)}: ${JSON.stringify(res.error)}`);
  return (res.data as RecordBody).record;
}
const ref = (r: { id: string; version: number }): Ref => ({ recordId: r.id, version: r.version });

/** A record of the teacher brought to `status` through the API. */
async function recordIn(status: Status): Promise<Ref> {
  let r = await call(teacher, 'records', { action: 'submit', requestId: `sm-${String(n).padStart(6, '0')}-${status}`, record: input() });
  if (status === 'approved') r = await call(principal, 'review', { action: 'approve', ...ref(r) });
  if (status === 'withdrawn') r = await call(teacher, 'records', { action: 'withdraw', ...ref(r) });
  if (status === 'returned' || status === 'resubmitted') r = await call(principal, 'review', { action: 'return', ...ref(r), reason: '请补充证书' });
  if (status === 'resubmitted') r = await call(teacher, 'records', { action: 'resubmit', ...ref(r), record: input() });
  expect(r.status).toBe(status);
  return ref(r);
}

function command(cmd: Command, r: Ref): [string, string, Record<string, unknown>] {
  if (cmd === 'approve') return [principal, 'review', { action: 'approve', ...r }];
  if (cmd === 'return') return [principal, 'review', { action: 'return', ...r, reason: '学时与证书不一致', fields: ['hours'] }];
  if (cmd === 'resubmit') return [teacher, 'records', { action: 'resubmit', ...r, record: input() }];
  return [teacher, 'records', { action: 'withdraw', ...r }];
}

beforeAll(async () => {
  h = await startHarness();
  const people = ((await h.get('/local/demo-people')).body as { data: { people: { personId: string; name: string }[] } }).data.people;
  const id = (name: string) => people.find((p) => p.name === name)?.personId ?? '';
  teacher = await h.signIn(id('陈静'));
  principal = await h.signIn(id('王建国'));
});
afterAll(async () => { await h.close(); });

describe('record state machine over HTTP', () => {
  it.each(transitions)('%s --%s--> %s', async (from, cmd, to) => {
    const r = await recordIn(from);
    const [token, fn, event] = command(cmd, r);
    const before = await h.snapshot();
    const res = await h.fn(fn, event, token);
    if (to === 'INVALID_STATE') {
      expect(res.error?.code).toBe('INVALID_STATE');
      expect(res.error?.message).toMatch(/[\u4e00-\u9fff]/);
      expect(await h.snapshot()).toBe(before);
    } else {
      expect(res.ok).toBe(true);
      const after = (res.data as RecordBody).record;
      expect(after.status).toBe(to);
      expect(after.version).toBe(r.version + 1);
      const audit = await h.server.store.find<{ _id: string; targetId: string }>('audit', { targetId: r.recordId });
      expect(audit.length).toBeGreaterThanOrEqual(2); // the submit and this step, at least
    }
  });

  it('a return carries its reason and flagged fields to the teacher, who may then resubmit or withdraw', async () => {
    const r = await recordIn('submitted');
    await call(principal, 'review', { action: 'return', ...r, reason: '证书上是 12 学时', fields: ['hours'] });
    const seen = await call(teacher, 'records', { action: 'get', recordId: r.recordId });
    expect(seen).toMatchObject({ status: 'returned', returnReason: '证书上是 12 学时', returnFields: ['hours'] });
    expect([...seen.allowedActions].sort()).toEqual(['resubmit', 'withdraw']);
    const asReviewer = await call(principal, 'records', { action: 'get', recordId: r.recordId });
    expect(asReviewer.allowedActions).toEqual([]);
  });

  it('a stale version is refused with VERSION_CONFLICT and changes nothing', async () => {
    const r = await recordIn('submitted');
    await call(principal, 'review', { action: 'return', ...r, reason: '请补充' });
    const fresh = await recordIn('submitted');
    for (const [token, fn, event] of [
      [teacher, 'records', { action: 'resubmit', ...r, record: input() }], // version 1, now 2
      [principal, 'review', { action: 'approve', ...fresh, version: fresh.version + 5 }],
      [teacher, 'records', { action: 'withdraw', ...fresh, version: fresh.version + 1 }],
    ] as [string, string, Record<string, unknown>][]) {
      const before = await h.snapshot();
      const res = await h.fn(fn, event, token);
      expect(res.error?.code).toBe('VERSION_CONFLICT');
      expect(await h.snapshot()).toBe(before);
    }
  });

  it('the same submit sent twice lands once and says it was replayed', async () => {
    const event = { action: 'submit', requestId: 'sm-idempotent-0001', record: input() };
    const first = await h.fn('records', event, teacher);
    const snapshot = await h.snapshot();
    const second = await h.fn('records', event, teacher);
    expect((first.data as { replayed: boolean }).replayed).toBe(false);
    expect(second.data).toMatchObject({ replayed: true, record: { id: (first.data as RecordBody).record.id } });
    expect(await h.snapshot()).toBe(snapshot);
  });

  it('two reviewers approving the same record at once: exactly one wins', async () => {
    const r = await recordIn('submitted');
    const people = ((await h.get('/local/demo-people')).body as { data: { people: { personId: string; name: string }[] } }).data.people;
    const officer = await h.signIn(people.find((p) => p.name === '孙丽华')?.personId ?? '');
    const results = await Promise.all([principal, officer, principal].map((t) => h.fn('review', { action: 'approve', ...r }, t)));
    expect(results.filter((x) => x.ok)).toHaveLength(1);
    for (const loser of results.filter((x) => !x.ok)) expect(['VERSION_CONFLICT', 'INVALID_STATE']).toContain(loser.error?.code);
    const audit = await h.server.store.find<{ _id: string; action: string }>('audit', { targetId: r.recordId });
    expect(audit.filter((a) => a.action === 'review.approve')).toHaveLength(1);
  });
});
