import { getPolicy, listPolicies, loadPolicy } from '../../../../shared/policies';
import type { Policy } from '../../../../shared/schemas/policy';
import type { ProgressReport } from '../../../../shared/schemas/progress-report';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { PolicyVersionDoc } from '../../../../shared/schemas/domain/policy-version';
import { rollOverData } from '../../../../shared/schemas/api/policy';
import { submitAs } from '../testing/flows';
import { openWorld, type World } from '../testing/world';

let w: World;
beforeEach(async () => { w = await openWorld(); });
afterEach(async () => { await w.close(); });

type RollOver = { published: { year: number; version: number; policyId: string } | null; policy: Policy; changes: string[] };
type Mine = { policy: { year: number; version: number; policyId: string }; report: ProgressReport };

/** Everything a roll-over must keep: the rules and every quoted sentence. */
const rulesOf = (p: Policy) => ({
  categories: p.categories, total: p.total, classify: p.classify, conversion: p.conversion, bonuses: p.bonuses,
  substitutions: p.substitutions, statusRules: p.statusRules, eligibility: p.eligibility, targets: p.targets,
  projects: p.projects, verdict: p.verdict, notes: p.notes, source: p.source, id: p.id, version: p.version,
});

/** Per built-in: the years of the period carried one year past its end. */
const nextPeriod: Record<string, number[]> = {
  'tongyu-2026': [2027],
  'wuding-2021': [2024, 2025, 2026],
  'jianan-2024': [2025],
  'huoerguosi-2024': [2029, 2030, 2031, 2032, 2033],
  'yongji-2018': [2023, 2024, 2025, 2026, 2027],
};

describe('policy.roll-over', () => {
  it.each(listPolicies().map((p) => p.id))('%s: carried past its last year, every rule and source kept, dates shifted', async (id) => {
    const policy = getPolicy(id)!;
    const last = policy.period.years[policy.period.years.length - 1]!;
    await w.ok('policy', { action: 'publish', year: last, policyId: id }, 'zoe');

    const before = await w.counts();
    const dry = await w.ok<RollOver>('policy', { action: 'roll-over', fromYear: last, toYear: last + 1, dryRun: true }, 'zoe');
    expect(await w.counts()).toEqual(before);
    expect(rollOverData.safeParse(dry).success).toBe(true);
    expect(dry.published).toBeNull();
    expect(dry.policy.period.years).toEqual(nextPeriod[id]);
    const shift = nextPeriod[id]![0]! - policy.period.years[0]!;
    expect(dry.policy.period.start).toBe(`${Number(policy.period.start.slice(0, 4)) + shift}${policy.period.start.slice(4)}`);
    expect(dry.policy.period.shiftedBy).toBe(shift);
    expect(dry.policy.period.source).toBe(policy.period.source);
    expect(rulesOf(dry.policy)).toEqual(rulesOf(policy));
    expect(loadPolicy(dry.policy).ok).toBe(true);
    expect(dry.changes[0]).toMatch(/^统计期：/);
    expect(dry.changes.join('\n')).toContain('原文依据不变');

    const done = await w.ok<RollOver>('policy', { action: 'roll-over', fromYear: last, toYear: last + 1, expectedVersion: 0 }, 'zoe');
    expect(done.published).toMatchObject({ year: last + 1, version: 1, policyId: id });
    const stored = await w.store.get<PolicyVersionDoc>(collections.policyVersions, `c1:${last + 1}:v1`);
    expect(stored?.data).toEqual(JSON.parse(JSON.stringify(done.policy)));
    const audit = await w.store.find<{ _id: string; action: string; after: { rolledFrom?: { year: number } } }>(collections.audit, { action: 'policy.roll-over' });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after.rolledFrom).toMatchObject({ year: last, version: 1 });

    const mine = await w.ok<Mine>('progress', { action: 'mine', year: last + 1 }, 'alice');
    expect(mine.policy).toMatchObject({ year: last + 1, version: 1 });
    expect(mine.report.years.map((y) => y.year)).toEqual(nextPeriod[id]);
  });

  it('通榆 2026 → 2027: the name and dates move a year; a 2027 record counts in 2027', async () => {
    await w.ok('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026' }, 'zoe');
    const done = await w.ok<RollOver>('policy', { action: 'roll-over', fromYear: 2026, toYear: 2027 }, 'zoe');
    expect(done.policy.name).toBe('2027年通榆县中小学（幼儿园）教师全员培训');
    expect(done.policy.period).toMatchObject({ start: '2027-04-01', end: '2027-12-31', years: [2027] });
    expect(done.changes).toContain('名称：2026年通榆县中小学（幼儿园）教师全员培训 → 2027年通榆县中小学（幼儿园）教师全员培训');
    w.now = '2027-06-20T02:00:00.000Z';
    const r = await submitAs(w, 'alice', { hours: 30, startDate: '2027-06-01', endDate: '2027-06-10', content: '公需', form: '网络', level: '国家' });
    await w.ok('review', { action: 'approve', recordId: r.id, version: 1 }, 'oscar');
    const mine = await w.ok<Mine>('progress', { action: 'mine' }, 'alice');
    expect(mine.policy.year).toBe(2027);
    expect(mine.report.years[0]?.categories.find((c) => c.id === 'gongxu')).toMatchObject({ earned: 30 * 100000, met: true });
  });

  it('永吉 2026 → 2027 stays in the 2023–2027 cycle (nothing shifts); 2027 → 2028 opens the next cycle', async () => {
    await w.ok('policy', { action: 'publish', year: 2026, policyId: 'yongji-2018' }, 'yara');
    const same = await w.ok<RollOver>('policy', { action: 'roll-over', fromYear: 2026, toYear: 2027, dryRun: true }, 'yara');
    expect(same.policy.period.years).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(same.changes[0]).toBe('2027 年在原政策的统计期（2023-01-01 至 2027-12-31）之内，内容不变');
    const next = await w.ok<RollOver>('policy', { action: 'roll-over', fromYear: 2026, toYear: 2028, dryRun: true }, 'yara');
    expect(next.policy.period.cycle).toEqual({ startYear: 2028, endYear: 2032, name: '2028—2032 五年周期' });
    expect(next.policy.name).toBe('永吉县中小学教师培训学分管理（2028—2032 周期）');
  });

  it('the version follows what is already published for the target year; a stale expectedVersion writes nothing', async () => {
    await w.ok('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026' }, 'zoe');
    await w.ok('policy', { action: 'roll-over', fromYear: 2026, toYear: 2027 }, 'zoe');
    const before = await w.counts();
    expect(await w.call('policy', { action: 'roll-over', fromYear: 2026, toYear: 2027, expectedVersion: 0 }, 'zoe'))
      .toMatchObject({ ok: false, error: { code: 'VERSION_CONFLICT' } });
    expect(await w.counts()).toEqual(before);
    const v2 = await w.ok<RollOver>('policy', { action: 'roll-over', fromYear: 2026, toYear: 2027, expectedVersion: 1, note: '再次沿用' }, 'zoe');
    expect(v2.published?.version).toBe(2);
  });

  it.each([
    ['a principal', 'paula', { fromYear: 2026, toYear: 2027 }, 'FORBIDDEN'],
    ['a year without a policy', 'zoe', { fromYear: 2025, toYear: 2026 }, 'NOT_FOUND'],
    ['a year back in time', 'zoe', { fromYear: 2026, toYear: 2024 }, 'INVALID_INPUT'],
  ] as const)('%s is refused, nothing written', async (_n, who, patch, code) => {
    await w.ok('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026' }, 'zoe');
    const before = await w.counts();
    expect(await w.call('policy', { action: 'roll-over', ...patch }, who)).toMatchObject({ ok: false, error: { code } });
    expect(await w.counts()).toEqual(before);
  });
});

describe('a recurring policy on the server', () => {
  it('永吉 published for 2026 is stored as its 2023–2027 cycle and reports over that cycle', async () => {
    const res = await w.ok<{ published: { year: number } }>('policy', { action: 'publish', year: 2026, policyId: 'yongji-2018' }, 'yara');
    expect(res.published.year).toBe(2026);
    const stored = await w.store.get<PolicyVersionDoc>(collections.policyVersions, 'c2:2026:v1');
    expect(stored?.data).toMatchObject({ name: '永吉县中小学教师培训学分管理（2023—2027 周期）', period: { start: '2023-01-01', end: '2027-12-31', shiftedBy: 5 } });
    const mine = await w.ok<Mine>('progress', { action: 'mine', year: 2026 }, 'dave');
    expect(mine.report.years.map((y) => y.year)).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(mine.report.cycle).toMatchObject({ startYear: 2023, endYear: 2027 });
  });

  it('永吉 published once for 2022 is in force for 2026 through its recurrence, computed over 2023–2027', async () => {
    await w.ok('policy', { action: 'publish', year: 2022, policyId: 'yongji-2018' }, 'yara');
    const mine = await w.ok<Mine>('progress', { action: 'mine', year: 2026 }, 'dave');
    expect(mine.policy).toMatchObject({ year: 2022, policyId: 'yongji-2018' });
    expect(mine.report.cycle).toMatchObject({ startYear: 2023, endYear: 2027 });
    const old = await w.ok<Mine>('progress', { action: 'mine', year: 2022 }, 'dave');
    expect(old.report.cycle).toMatchObject({ startYear: 2018, endYear: 2022, closed: true });
  });

  it('a policy that does not recur is still refused for a year it does not cover', async () => {
    expect(await w.call('policy', { action: 'publish', year: 2031, policyId: 'tongyu-2026' }, 'zoe'))
      .toMatchObject({ ok: false, error: { code: 'POLICY_INVALID' } });
    expect(await w.call('policy', { action: 'publish', year: 2017, policyId: 'yongji-2018' }, 'yara'))
      .toMatchObject({ ok: false, error: { code: 'POLICY_INVALID' } });
  });
});
