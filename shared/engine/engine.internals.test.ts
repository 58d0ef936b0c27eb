import fc from 'fast-check';
import { getPolicy, listPolicies, loadPolicy } from '../policies';
import type { Policy } from '../schemas/policy';
import { recordArb, recordsArb, teacherArb } from '../test-support/arbitraries';
import { rec, teacher } from '../test-support/fixtures';
import { syntheticPolicy, syntheticRaw } from '../test-support/synthetic-policy';
import { compilePolicyData } from './compile-data';
import { computeScope } from './compute-scope';
import { evaluateRecord } from './evaluate-record';
import { IntTable } from './int-table';
import { orderRecords } from './order-records';
import { decide, decisionOf } from './record-decision';
import type { RecordOutcome } from './record-outcome';
import { teacherLimits } from './teacher-limits';

/** Tests of the engine's speed-ups: each must change nothing but time. */
const policies: Policy[] = [...listPolicies().map((p) => getPolicy(p.id) as Policy), syntheticPolicy()];
const runs = { numRuns: Number(process.env.FC_RUNS ?? 60) };

describe('IntTable', () => {
  it('keeps every key through growth and collisions, 0 and 2³¹−1 included', () => {
    const t = new IntTable<number>(100_000, 2);
    const keys = [0, 1, 2 ** 31 - 1, ...Array.from({ length: 5000 }, (_, i) => i * 1024 + 7)];
    keys.forEach((k, i) => t.set(k, i));
    expect(t.size).toBe(keys.length);
    keys.forEach((k, i) => expect(t.get(k)).toBe(i));
    expect(t.get(3)).toBeUndefined();
  });

  it('stops adding at its limit but still updates stored keys', () => {
    const t = new IntTable<string>(3);
    for (const k of [10, 20, 30, 40]) t.set(k, `v${k}`);
    expect([t.get(10), t.get(30), t.get(40), t.size]).toEqual(['v10', 'v30', undefined, 3]);
    t.set(20, 'new');
    expect(t.get(20)).toBe('new');
  });
});

describe.each(policies.map((p) => [p.id, p] as const))('speed-ups change nothing under %s', (_id, policy) => {
  it('a decision cached for one record is what matching the rules gives for every record of that profile', () => {
    const cp = compilePolicyData(policy);
    expect(cp.profile).not.toBeNull();
    fc.assert(fc.property(fc.array(recordArb(policy, 'r'), { minLength: 1, maxLength: 40 }), (records) => {
      for (const r of records) expect(decisionOf(cp, r)).toEqual(decide(cp, r));
    }), runs);
  });

  it('a scope without binding caps or moves gives the same figures without the ledger', () => {
    const cp = compilePolicyData(policy);
    fc.assert(fc.property(recordsArb(policy), teacherArb(policy), (records, t) => {
      const ctx = { teacherId: 't1', asOfKey: cp.period.endKey, includePending: true, explain: true };
      const run = (alwaysLedger: boolean) => {
        const outcomes = records.map((r) => evaluateRecord(cp, r, ctx));
        orderRecords(cp, outcomes);
        const counted = outcomes.filter((o) => o.reason === null);
        const limits = teacherLimits(cp, t);
        const years = cp.period.years.map((y, i) =>
          computeScope(cp, limits.years[i] ?? limits.cycle, counted.filter((o) => o.year === y), y, ctx.asOfKey, alwaysLedger));
        const cycle = cp.period.cycle ? computeScope(cp, limits.cycle, counted, null, ctx.asOfKey, alwaysLedger) : null;
        return { years, cycle, outcomes: outcomes.map(({ countedInYear, countedInCycle, steps }) => ({ countedInYear, countedInCycle, steps })) };
      };
      expect(run(false)).toEqual(run(true));
    }), runs);
  });
});

describe('record profiles', () => {
  it('a policy naming too many tag lists is matched rule by rule, with the same decisions', () => {
    const tagged = Array.from({ length: 30 }, (_, i) => ({ id: `tag-${i}`, category: 'a', when: { tagsAny: [`标签${i}`] }, source: '带标签的计入甲类' }));
    const loaded = loadPolicy({ ...syntheticRaw, classify: [...tagged, ...syntheticRaw.classify] });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const cp = compilePolicyData(loaded.policy);
    expect(cp.profile).toBeNull();
    const r = rec({ endDate: '2030-03-01', form: '网络', tags: ['标签29'] });
    expect(decisionOf(cp, r).classify?.ruleId).toBe('tag-29');
    expect(decisionOf(cp, { ...r, tags: [] }).classify?.ruleId).toBe('to-b');
  });

  it('values every condition takes or leaves together share a profile (霍尔果斯: 国家 and 省)', () => {
    const profile = compilePolicyData(getPolicy('huoerguosi-2024') as Policy).profile;
    if (!profile) throw new Error('huoerguosi should be profiled');
    const base = rec({ endDate: '2025-03-01', form: '集中', track: '必修', content: '专业', level: '国家' });
    expect(profile({ ...base, level: '省' })).toBe(profile(base));
    expect(profile({ ...base, level: '市' })).not.toBe(profile(base));
    expect(profile({ ...base, tags: ['普通话'] })).toBe(profile({ ...base, tags: ['国家通用语言文字', '师德'] }));
    expect(profile({ ...base, tags: ['普通话'] })).not.toBe(profile(base));
  });

  it('values no condition lists share a profile; listed ones do not', () => {
    const cp = compilePolicyData(syntheticPolicy());
    const profile = cp.profile;
    if (!profile) throw new Error('synthetic policy should be profiled');
    const base = rec({ endDate: '2030-03-01', form: '网络', level: '省' });
    expect(profile({ ...base, level: '县' })).toBe(profile({ ...base, level: '校' })); // only 省 is named (fromWhen)
    expect(profile({ ...base, level: '省' })).not.toBe(profile({ ...base, level: '县' }));
    expect(profile({ ...base, form: '集中' })).not.toBe(profile(base));
  });
});

describe('orderRecords', () => {
  const reference = (a: RecordOutcome, b: RecordOutcome): number =>
    a.endKey - b.endKey || a.record.startDate.localeCompare(b.record.startDate) || (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0);

  it.each([10, 70])('orders %i records by end date, start date, then id, whatever the input order', (n) => {
    const cp = compilePolicyData(syntheticPolicy());
    const ctx = { teacherId: 't1', asOfKey: cp.period.endKey, includePending: false, explain: false };
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 99 })), { minLength: n, maxLength: n }), (specs) => {
      const outcomes = specs.map(([day, back, id]) => evaluateRecord(cp, rec({
        id: `r${String(id).padStart(2, '0')}`, endDate: `2030-05-0${day}`, startDate: `2030-04-2${back + 5}`,
      }), ctx));
      const expected = [...outcomes].sort(reference);
      orderRecords(cp, outcomes);
      expect(outcomes.map((o) => o.record.id)).toEqual(expected.map((o) => o.record.id));
      expect(outcomes.map((o) => o.order)).toEqual(outcomes.map((_, i) => i));
    }), { numRuns: 30 });
  });
});

it('teachers with the same statuses share derived limits; others do not', () => {
  const cp = compilePolicyData(getPolicy('yongji-2018') as Policy);
  const a = teacherLimits(cp, teacher({ statuses: [{ status: 'maternity', years: [2019] }] }));
  const b = teacherLimits(cp, teacher({ teacherId: 'other', statuses: [{ status: 'maternity', years: [2019] }] }));
  const c = teacherLimits(cp, teacher({ statuses: [{ status: 'maternity', years: [2020] }] }));
  expect(b).toBe(a);
  expect(c).not.toBe(a);
  expect(a.years[1]?.cats.map((l) => l?.min)).not.toEqual(c.years[1]?.cats.map((l) => l?.min));
});
