import type { Policy } from '../schemas/policy';
import { loadPolicy } from '../policies';
import { syntheticPolicy, syntheticRaw } from '../test-support/synthetic-policy';
import { chain, cr, explained, rec, req, teacher } from '../test-support/fixtures';
import { compilePolicy } from './compile-policy';
import { computeProgress } from './compute-progress';

const policy: Policy = syntheticPolicy();

describe('engine rules the five documents do not use', () => {
  it('per-record cap: 集中 20 学时 → 8 学分, said in the chain', () => {
    const r = rec({ endDate: '2030-03-01', form: '集中', hours: 20 });
    const report = computeProgress(policy, [r], teacher(), '2030-12-31');
    expect(explained(report, r.id).credits).toBe(cr(8));
    expect(chain(report, r.id)).toContain('单条记录最多计 8 学分');
  });

  it('coefficient 1/3 rounds half-up at each record; the sum is the sum of rounded records', () => {
    const rs = [1, 2, 3].map((d) => rec({ endDate: `2030-04-0${d}`, form: '网络', hours: 1 }));
    const report = computeProgress(policy, rs, teacher(), '2030-12-31');
    expect(rs.map((r) => explained(report, r.id).credits)).toEqual([cr('0.33333'), cr('0.33333'), cr('0.33333')]);
    expect(req(report, 'b', 2030).earned).toBe(cr('0.99999'));
  });

  it('nested caps: child capped first, then the parent; the latest records lose the excess', () => {
    const rs = [
      rec({ endDate: '2030-05-01', form: '校本', hours: 6 }),
      rec({ endDate: '2030-05-02', form: '校本', hours: 6 }),
      rec({ endDate: '2030-05-03', form: '学区', hours: 7 }),
    ];
    const report = computeProgress(policy, rs, teacher(), '2030-12-31');
    expect(req(report, 'p1', 2030)).toMatchObject({ raw: cr(12), earned: cr(8), cappedOff: cr(4) });
    expect(req(report, 'p2', 2030)).toMatchObject({ raw: cr(7), earned: cr(4), cappedOff: cr(3) });
    expect(req(report, 'p', 2030)).toMatchObject({ raw: cr(19), earned: cr(12), cappedOff: cr(7) });
    expect(rs.map((r) => explained(report, r.id).countedInYear)).toEqual([cr(6), cr(2), cr(4)]);
  });

  it('total cap trims the latest record', () => {
    const rs = [1, 2, 3, 4, 5, 6].map((d) => rec({ endDate: `2030-06-0${d}`, form: '集中', hours: 8 }));
    const report = computeProgress(policy, rs, teacher(), '2030-12-31');
    expect(req(report, 'total', 2030)).toMatchObject({ raw: cr(48), earned: cr(40), cappedOff: cr(8) });
    expect(explained(report, rs[5]!.id).countedInYear).toBe(0);
    expect(chain(report, rs[5]!.id)).toContain('2030 年度总计最多计 40 学分');
  });

  it('fromWhen: only 省级 甲类 credits may move to 乙类', () => {
    const county = rec({ endDate: '2030-07-01', form: '集中', level: '县', hours: 8 });
    const prov = rec({ endDate: '2030-07-02', form: '集中', level: '省', hours: 5 });
    const report = computeProgress(policy, [county, prov], teacher(), '2030-12-31');
    // 甲类 13, excess 3 over its 10; all of it comes from the 省级 record
    expect(req(report, 'b', 2030)).toMatchObject({ earned: cr(3), movedIn: cr(3), shortfall: cr(3) });
    expect(chain(report, prov.id)).toContain('转入「乙类」');
    const onlyCounty = computeProgress(policy, [county, { ...county, id: 'x2', endDate: '2030-07-03' }], teacher(), '2030-12-31');
    expect(req(onlyCounty, 'b', 2030).movedIn).toBe(0);
  });

  it('cycleAdjustment "none": a status year lowers only that year', () => {
    const report = computeProgress(policy, [], teacher({ statuses: [{ status: 'maternity', years: [2030] }] }), '2031-12-31');
    expect(req(report, 'a', 2030).required).toBe(0);
    expect(req(report, 'a', 2031).required).toBe(cr(10));
    expect(req(report, 'a').required).toBe(cr(30));
  });

  it('a records-count target over the cycle', () => {
    const rs = [1, 2].map((d) => rec({ endDate: `2030-08-0${d}`, form: '集中', hours: 1 }));
    const report = computeProgress(policy, rs, teacher(), '2031-12-31');
    expect(report.targets).toEqual([expect.objectContaining({ id: 'count-a', scope: 'cycle', achieved: 2, required: 3, met: false })]);
  });

  it('records of another teacher are refused; a bad asOf date throws', () => {
    const other = rec({ endDate: '2030-03-01', teacherId: 't2' });
    const report = computeProgress(policy, [other], teacher(), '2030-12-31');
    expect(report.records[0]?.reason?.code).toBe('WRONG_TEACHER');
    expect(() => computeProgress(policy, [], teacher(), '2030/12/31')).toThrow('统计日期格式应为 YYYY-MM-DD');
  });

  it('compiles once per policy object and computes the same through either entry point', () => {
    expect(compilePolicy(policy)).toBe(compilePolicy(policy));
    const r = rec({ endDate: '2030-03-01', form: '集中', hours: 3 });
    expect(compilePolicy(policy).compute([r], teacher(), '2030-12-31')).toEqual(computeProgress(policy, [r], teacher(), '2030-12-31'));
    expect(computeProgress(compilePolicy(policy), [r], teacher(), '2030-12-31').policyVersion).toBe(3);
  });
});

describe('scopes that require nothing (status untracked)', () => {
  // the synthetic policy without its one cycle minimum: the cycle only tallies, unless a verdict target folds in
  const load = (affectsVerdict: boolean): Policy => {
    const raw = structuredClone(syntheticRaw);
    const a = raw.categories[0];
    if (a?.limits) delete a.limits.cycle;
    raw.targets = [{ id: 'count-a', name: '甲类记录', when: { form: ['集中'] }, measure: 'records', min: 5, scope: 'cycle', affectsVerdict, source: '周期内至少5次集中' }];
    const loaded = loadPolicy(raw);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    return loaded.policy;
  };
  // each year: 甲类 16 (two 集中 of 8), 乙类 6 (网络 18 学时 × 1/3) → every year met
  const years = [2030, 2031].flatMap((y) => [
    rec({ endDate: `${y}-03-01`, hours: 8 }), rec({ endDate: `${y}-03-02`, hours: 8 }), rec({ endDate: `${y}-03-03`, form: '网络', hours: 18 }),
  ]);

  it('is reported untracked, not met, and the verdict rests on the years alone', () => {
    const report = computeProgress(load(false), years, teacher(), '2031-12-31');
    expect(report.cycle).toMatchObject({ status: 'untracked', hasRequirements: false, met: true });
    expect(report.cycle?.total.earned).toBe(cr(44));
    expect(report.years.map((y) => [y.status, y.hasRequirements])).toEqual([['met', true], ['met', true]]);
    expect(report.verdict).toMatchObject({ met: true, status: 'met', shortfalls: [] });
    const short = computeProgress(load(false), years.slice(1), teacher(), '2031-12-31');
    expect(short.cycle?.status).toBe('untracked');
    expect(short.verdict.shortfalls.map((x) => [x.scope, x.year, x.id])).toEqual([['year', 2030, 'a']]);
  });

  it('a verdict target missed over the cycle makes the cycle a requirement again', () => {
    const open = computeProgress(load(true), years, teacher(), '2031-12-31');
    expect(open.cycle).toMatchObject({ status: 'in-progress', hasRequirements: true, met: false });
    const report = computeProgress(load(true), years, teacher(), '2032-01-10');
    expect(report.cycle).toMatchObject({ status: 'not-met', hasRequirements: true, met: false });
    expect(report.verdict.met).toBe(false);
    expect(report.verdict.shortfalls.map((x) => x.id)).toEqual(['count-a']);
    const five = [...years, rec({ endDate: '2031-04-01', hours: 1 })];
    expect(computeProgress(load(true), five, teacher(), '2031-12-31').cycle).toMatchObject({ status: 'untracked', met: true });
  });
});
