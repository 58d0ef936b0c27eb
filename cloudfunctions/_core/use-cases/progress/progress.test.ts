import { getPolicy } from '../../../../shared/policies';
import type { ProgressReport } from '../../../../shared/schemas/progress-report';
import { collections } from '../../../../shared/schemas/domain/collections';
import { submitAs } from '../testing/flows';
import { openWorld, recordInput, type World } from '../testing/world';

let w: World;
beforeEach(async () => { w = await openWorld(); });
afterEach(async () => { await w.close(); });

type Mine = { policy: { version: number; policyId: string }; report: ProgressReport; pendingCount: number };
type Preview = { report: ProgressReport; provisionalRecordIds: string[] };
const publishTongyu = () => w.ok('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026' }, 'zoe');
const total = (r: ProgressReport) => r.years[0]!.total;

describe('policy.publish', () => {
  it('publishes versions 1, 2… with audit; a stale expectedVersion is VERSION_CONFLICT', async () => {
    const v1 = await w.ok<{ published: { version: number } }>('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026', expectedVersion: 0 }, 'zoe');
    expect(v1.published).toMatchObject({ version: 1, countyId: 'c1', year: 2026, policyId: 'tongyu-2026' });
    const before = await w.counts();
    expect(await w.call('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026', expectedVersion: 0 }, 'zoe'))
      .toMatchObject({ ok: false, error: { code: 'VERSION_CONFLICT' } });
    expect(await w.counts()).toEqual(before);
    const v2 = await w.ok<{ published: { version: number } }>('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026', expectedVersion: 1, note: '修订' }, 'zoe');
    expect(v2.published.version).toBe(2);
    expect(await w.store.count(collections.audit, { action: 'policy.publish' })).toBe(2);
  });

  it('two admins publishing at once: exactly one version 1', async () => {
    await w.ok('roster', { action: 'set-role', personId: 'paula', role: 'county-admin', grant: true }, 'zoe');
    const results = await Promise.all([
      w.call('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026', expectedVersion: 0 }, 'zoe'),
      w.call('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026', expectedVersion: 0 }, 'paula'),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ error: { code: 'VERSION_CONFLICT' } });
    expect(await w.store.count(collections.policyVersions, {})).toBe(1);
  });

  it.each([
    ['a principal', 'paula', { policyId: 'tongyu-2026' }, 'FORBIDDEN'],
    ['an unknown policy', 'zoe', { policyId: 'nowhere-2026' }, 'NOT_FOUND'],
    ['a year the policy does not cover', 'zoe', { policyId: 'tongyu-2026', year: 2027 }, 'POLICY_INVALID'],
    ['both policyId and data', 'zoe', { policyId: 'tongyu-2026', data: { id: 'x' } }, 'INVALID_INPUT'],
    ['neither policyId nor data', 'zoe', {}, 'INVALID_INPUT'],
    ['custom data that is not a policy', 'zoe', { data: { id: 'broken' } }, 'POLICY_INVALID'],
    ['a year out of range', 'zoe', { policyId: 'tongyu-2026', year: 3000 }, 'INVALID_INPUT'],
  ] as const)('%s → %s, nothing written', async (_n, who, patch, code) => {
    const before = await w.counts();
    expect(await w.call('policy', { action: 'publish', year: 2026, ...patch }, who)).toMatchObject({ ok: false, error: { code } });
    expect(await w.counts()).toEqual(before);
  });

  it('custom data with a broken rule is refused with the loader\'s code in the message', async () => {
    const data = JSON.parse(JSON.stringify(getPolicy('tongyu-2026'))) as { id: string; conversion: { hoursPerCredit?: string; coefficient?: string }[] };
    data.id = 'tongyu-2026-custom';
    data.conversion[0] = { ...data.conversion[0], coefficient: '-1' };
    const res = await w.call('policy', { action: 'publish', year: 2026, data }, 'zoe');
    expect(res).toMatchObject({ ok: false, error: { code: 'POLICY_INVALID', message: expect.stringMatching(/政策内容有误/) } });
    expect(await w.store.count(collections.policyVersions, {})).toBe(0);
  });

  it('valid custom data is published as a snapshot', async () => {
    const data = { ...JSON.parse(JSON.stringify(getPolicy('tongyu-2026'))), id: 'tongyu-2026-local', name: '通榆县 2026（本地修订）' };
    const res = await w.ok<{ published: { policyId: string } }>('policy', { action: 'publish', year: 2026, data }, 'zoe');
    expect(res.published.policyId).toBe('tongyu-2026-local');
    const got = await w.ok<{ policy: { name: string } }>('policy', { action: 'get', year: 2026 }, 'alice');
    expect(got.policy.name).toBe('通榆县 2026（本地修订）');
  });
});

describe('policy.list / get', () => {
  it('lists templates and the county\'s versions; reads are scoped to one\'s county', async () => {
    await publishTongyu();
    const list = await w.ok<{ templates: { id: string }[]; published: { version: number }[]; canPublish: boolean }>('policy', { action: 'list' }, 'alice');
    expect(list.templates.map((t) => t.id)).toEqual(expect.arrayContaining(['tongyu-2026', 'yongji-2018', 'huoerguosi-2024']));
    expect(list.published).toHaveLength(1);
    // Only the county admin is told she may publish (the screen shows its publish card only then).
    expect(list.canPublish).toBe(false);
    expect((await w.ok<{ canPublish: boolean }>('policy', { action: 'list' }, 'zoe')).canPublish).toBe(true);
    expect(await w.call('policy', { action: 'list', countyId: 'c2' }, 'alice')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.call('policy', { action: 'get', year: 2026, version: 1 }, 'alice')).toMatchObject({ ok: true, data: { published: { version: 1 } } });
    expect(await w.call('policy', { action: 'get', year: 2026, version: 7 }, 'alice')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await w.call('policy', { action: 'get', policyId: 'tongyu-2026' }, 'dave')).toMatchObject({ ok: true, data: { published: null } });
    expect(await w.call('policy', { action: 'get', policyId: 'nope' }, 'dave')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('progress is computed on the server from approved records', () => {
  it('without a published policy → NOT_FOUND in Chinese', async () => {
    expect(await w.call('progress', { action: 'mine' }, 'alice')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('尚未发布 2026 年度') } });
  });

  it('pending records count only in preview; approval makes them count in mine', async () => {
    await publishTongyu();
    const r = await submitAs(w, 'alice', { hours: 24 });
    const mine = await w.ok<Mine>('progress', { action: 'mine' }, 'alice');
    expect(total(mine.report).earned).toBe(0);
    expect(mine.pendingCount).toBe(1);
    const preview = await w.ok<Preview>('records', { action: 'preview' }, 'alice');
    expect(total(preview.report)).toMatchObject({ earned: 24 * 100000, provisional: 24 * 100000 });
    expect(preview.provisionalRecordIds).toEqual([r.id]);
    await w.ok('review', { action: 'approve', recordId: r.id, version: 1 }, 'paula');
    const after = await w.ok<Mine>('progress', { action: 'mine' }, 'alice');
    expect(total(after.report)).toMatchObject({ earned: 24 * 100000, provisional: 0 });
    expect(after).toMatchObject({ pendingCount: 0, policy: { policyId: 'tongyu-2026', version: 1 } });
  });

  it('preview can include an unsaved draft, which is never stored', async () => {
    await publishTongyu();
    const before = await w.counts();
    const p = await w.ok<Preview>('records', { action: 'preview', draft: recordInput({ hours: 10, content: '公需' }) }, 'alice');
    expect(p.provisionalRecordIds).toEqual(['draft']);
    expect(p.report.records[0]).toMatchObject({ recordId: 'draft', provisional: true, counted: true });
    expect(await w.counts()).toEqual(before);
  });

  it.each([
    ['credits in the draft', { draft: { ...recordInput(), credits: 500 } }],
    ['teacher statuses from the client', { statuses: [{ status: 'maternity' }] }],
    ['a forged teacherId', { teacherId: 'bob' }],
    ['a bad year', { year: 'this' }],
  ])('preview refuses %s', async (_n, patch) => {
    await publishTongyu();
    expect(await w.call('records', { action: 'preview', ...patch }, 'alice')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('teacher statuses come from the roster (永吉 maternity year lowers the 2022 requirement)', async () => {
    await w.ok('policy', { action: 'publish', year: 2022, policyId: 'yongji-2018' }, 'yara');
    const before = await w.ok<Mine>('progress', { action: 'mine', year: 2022 }, 'dave');
    const y2022 = (r: ProgressReport) => r.years.find((y) => y.year === 2022)!;
    expect(y2022(before.report).adjustments).toEqual([]);
    await w.ok('roster', { action: 'import', rows: [{ name: 'dave', schoolId: 's3', statuses: [{ status: 'maternity', years: [2022] }] }] }, 'yara');
    const after = await w.ok<Mine>('progress', { action: 'mine', year: 2022 }, 'dave');
    expect(y2022(after.report).adjustments.map((a) => a.ruleId)).toEqual(['yj-status-maternity']);
    expect(y2022(after.report).total.required).toBe(12 * 100000);
  });

  it('a cycle policy published once is in force for every year of its period', async () => {
    await w.ok('policy', { action: 'publish', year: 2024, policyId: 'huoerguosi-2024' }, 'zoe');
    const mine = await w.ok<Mine>('progress', { action: 'mine', year: 2026 }, 'alice');
    expect(mine.policy).toMatchObject({ policyId: 'huoerguosi-2024', year: 2024 });
    expect(mine.report.cycle).not.toBeNull();
  });

  it('a county admin without a teacher role has no own progress', async () => {
    await publishTongyu();
    expect(await w.call('progress', { action: 'mine' }, 'zoe')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('progress.school and progress.county', () => {
  it('a school: every active teacher with a summary report; scoped', async () => {
    await publishTongyu();
    const r = await submitAs(w, 'alice', { hours: 30 });
    await w.ok('review', { action: 'approve', recordId: r.id, version: 1 }, 'oscar');
    await submitAs(w, 'bob');
    const s = await w.ok<{ schoolName: string; teachers: { teacherId: string; pendingCount: number; report: ProgressReport }[] }>('progress', { action: 'school' }, 'paula');
    expect(s.schoolName).toBe('第一小学');
    expect(s.teachers.map((t) => t.teacherId).sort()).toEqual(['alice', 'bob', 'paula']);
    const alice = s.teachers.find((t) => t.teacherId === 'alice')!;
    expect(total(alice.report).earned).toBe(30 * 100000);
    expect(alice.report.records).toEqual([]);
    expect(s.teachers.find((t) => t.teacherId === 'bob')?.pendingCount).toBe(1);
    expect(await w.call('progress', { action: 'school', schoolId: 's1' }, 'quinn')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.call('progress', { action: 'school', schoolId: 's1' }, 'alice')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.call('progress', { action: 'school', schoolId: 's2' }, 'zoe')).toMatchObject({ ok: true });
  });

  it('a county: per-school counts, admin only, her county only', async () => {
    await publishTongyu();
    await submitAs(w, 'carol');
    const c = await w.ok<{ schools: { schoolId: string; teacherCount: number; passedCount: number; pendingCount: number }[] }>('progress', { action: 'county' }, 'zoe');
    expect(c.schools).toEqual([
      // 6-01 is 41 % into the year; nobody has anything approved, so everyone is 落后.
      { schoolId: 's1', schoolName: '第一小学', teacherCount: 3, passedCount: 0, pendingCount: 0, behindCount: 3, oldestPendingAt: null },
      { schoolId: 's2', schoolName: '第二中学', teacherCount: 2, passedCount: 0, pendingCount: 1, behindCount: 2, oldestPendingAt: w.now },
    ]);
    expect(await w.call('progress', { action: 'county', countyId: 'c1' }, 'yara')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.call('progress', { action: 'county' }, 'paula')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('policy cache', () => {
  it('a different policy stored under a reused publication id is not mistaken for the cached one', async () => {
    await publishTongyu();
    await submitAs(w, 'alice', { hours: 10 });
    const first = await w.ok<Preview>('records', { action: 'preview' }, 'alice');
    expect(first.report.policyName).toBe(getPolicy('tongyu-2026')!.name);
    // Same id, other data: what a re-created database (npm run reset) could hold.
    const doc = await w.store.get<{ _id: string; data: Record<string, unknown> }>(collections.policyVersions, 'c1:2026:v1');
    await w.store.set(collections.policyVersions, { ...doc!, data: { ...doc!.data, name: '另一份政策' } });
    const second = await w.ok<Preview>('records', { action: 'preview' }, 'alice');
    expect(second.report.policyName).toBe('另一份政策');
  });
});
