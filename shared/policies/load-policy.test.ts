import huoerguosi from './huoerguosi-2024.json';
import tongyu from './tongyu-2026.json';
import wuding from './wuding-2021.json';
import yongji from './yongji-2018.json';
import { loadPolicy, listPolicies, getPolicy, policyErrorCodes, type PolicyErrorCode } from './index';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const clone = (x: unknown): Json => JSON.parse(JSON.stringify(x)) as Json;

/** One broken policy per error code: [code, expected path, how to break it]. */
const cases: [PolicyErrorCode, string, Json, (p: Json) => void][] = [
  ['SCHEMA_INVALID', 'version', yongji, (p) => { p.version = 'one'; }],
  ['MISSING_FIELD', 'name', yongji, (p) => { delete p.name; }],
  ['UNKNOWN_FIELD', 'categories[0]', yongji, (p) => { p.categories[0].parnt = 'x'; }],
  ['UNKNOWN_VALUE', 'classify[3].when.form[0]', yongji, (p) => { p.classify[3].when.form = ['面授']; }],
  ['DUPLICATE_ID', 'categories[1].id', yongji, (p) => { p.categories[1].id = 'jizhong'; }],
  ['UNKNOWN_CATEGORY', 'classify[0].category', yongji, (p) => { p.classify[0].category = 'jizhong2'; }],
  ['CATEGORY_LOOP', 'categories[0].parent', yongji, (p) => { p.categories[0].parent = 'xiaoben'; p.categories[2].parent = 'jizhong'; }],
  ['CATEGORY_IN_CLASSIFY', 'classify[0].when.category', yongji, (p) => { p.classify[0].when.category = ['jizhong']; }],
  ['INVALID_COEFFICIENT', 'conversion[1].coefficient', yongji, (p) => { p.conversion[1].coefficient = 'half'; }],
  ['NEGATIVE_COEFFICIENT', 'conversion[1].coefficient', yongji, (p) => { p.conversion[1].coefficient = '-0.5'; }],
  ['ZERO_HOURS_PER_CREDIT', 'conversion[1].hoursPerCredit', yongji, (p) => { delete p.conversion[1].coefficient; p.conversion[1].hoursPerCredit = 0; }],
  ['CONVERSION_SHAPE', 'conversion[1]', yongji, (p) => { p.conversion[1].hoursPerCredit = 4; }],
  ['INVALID_AMOUNT', 'categories[0].limits.year.min', yongji, (p) => { p.categories[0].limits.year.min = '24.0000001'; }],
  ['NEGATIVE_AMOUNT', 'categories[0].limits.year.min', yongji, (p) => { p.categories[0].limits.year.min = -24; }],
  ['CAP_BELOW_MIN', 'categories[0].limits.year.cap', yongji, (p) => { p.categories[0].limits.year.cap = 20; }],
  ['PERIOD_INVERTED', 'period', yongji, (p) => { p.period.end = '2017-12-31'; }],
  ['PERIOD_WITHOUT_YEARS', 'period.years', tongyu, (p) => { p.period.years = []; }],
  ['YEARS_NOT_CONSECUTIVE', 'period.years[1]', yongji, (p) => { p.period.years = [2018, 2020, 2021, 2022]; }],
  ['YEAR_OUTSIDE_PERIOD', 'period.years[0]', tongyu, (p) => { p.period.years = [2027]; }],
  ['CYCLE_WITHOUT_YEARS', 'period.cycle', yongji, (p) => { p.period.cycle = { startYear: 2022, endYear: 2018 }; }],
  ['CYCLE_YEARS_MISMATCH', 'period.cycle', yongji, (p) => { p.period.cycle.endYear = 2023; }],
  ['SCOPE_WITHOUT_CYCLE', 'categories[0].limits.cycle', tongyu, (p) => { p.categories[0].limits.cycle = { min: 100, source: '周期' }; }],
  ['SUBSTITUTION_EMPTY', 'substitutions[0].to', yongji, (p) => { p.substitutions[0].to = []; }],
  ['SUBSTITUTION_SELF', 'substitutions[0].to[0]', yongji, (p) => { p.substitutions[0].to = ['jizhong']; }],
  ['UNKNOWN_PROJECT', 'classify[0].when.projectRef[0]', tongyu, (p) => { p.classify[0].when.projectRef = ['P-1']; }],
  ['TARGET_WINDOW_MISSING', 'targets[0].months', huoerguosi, (p) => { delete p.targets[0].months; }],
  ['INVALID_WEIGHTS', 'eligibility.composite', wuding, (p) => { p.eligibility.composite.offlineWeight = '0.5'; }],
  ['RECURRENCE_OVERLAP', 'period.recurrence', yongji, (p) => { p.period.start = '2017-09-01'; }],
  ['RECURRENCE_UNTIL_EARLY', 'period.recurrence.until', yongji, (p) => { p.period.recurrence.until = 2020; }],
  ['COUNTS_WITHOUT_COUNT', 'categories[0].limits.year.counts', yongji, (p) => { p.categories[0].limits.year.counts = { role: 'target', source: '年度内' }; }],
];

describe('loadPolicy', () => {
  it('accepts the five built-in policies', () => {
    for (const raw of [tongyu, wuding, huoerguosi, yongji]) expect(loadPolicy(raw).ok).toBe(true);
    expect(listPolicies().map((p) => p.id)).toEqual(['tongyu-2026', 'wuding-2021', 'jianan-2024', 'huoerguosi-2024', 'yongji-2018']);
    expect(getPolicy('nowhere-1999')).toBeNull();
  });

  it.each(cases)('%s at %s', (code, path, base, breakIt) => {
    const raw = clone(base);
    breakIt(raw);
    const res = loadPolicy(raw);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    const hit = res.errors.find((e) => e.code === code);
    expect(hit).toBeDefined();
    expect(hit?.path).toBe(path);
    expect(hit?.message.startsWith(`${path}：`)).toBe(true);
  });

  it('covers every error code with a case', () => {
    expect(new Set(cases.map(([code]) => code))).toEqual(new Set(policyErrorCodes));
  });

  it('messages say what is wrong in Chinese', () => {
    const raw = clone(yongji);
    raw.categories[0].limits.year.cap = 20;
    raw.substitutions[0].to = ['wangluo', 'nowhere'];
    const res = loadPolicy(raw);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.errors).toEqual([
      { code: 'CAP_BELOW_MIN', path: 'categories[0].limits.year.cap', message: 'categories[0].limits.year.cap：上限 20 低于下限 24' },
      { code: 'UNKNOWN_CATEGORY', path: 'substitutions[0].to[1]', message: 'substitutions[0].to[1]：类别 nowhere 不存在' },
    ]);
  });

  it('refuses non-objects and reports every problem at once', () => {
    expect(loadPolicy(null)).toMatchObject({ ok: false, errors: [{ code: 'SCHEMA_INVALID', path: '' }] });
    const raw = clone(yongji);
    raw.conversion[0].coefficient = '-1';
    raw.bonuses[0].percent = '-20';
    const res = loadPolicy(raw);
    expect(res.ok ? [] : res.errors.map((e) => e.code)).toEqual(['NEGATIVE_COEFFICIENT', 'NEGATIVE_COEFFICIENT']);
  });

  it('a nested condition with a bad category is found by its full path', () => {
    const raw = clone(yongji);
    raw.bonuses[0].when = { any: [{ category: ['jizhong'] }, { not: { category: ['nowhere'] } }] };
    const res = loadPolicy(raw);
    expect(res.ok ? null : res.errors[0]).toMatchObject({ code: 'UNKNOWN_CATEGORY', path: 'bonuses[0].when.any[1].not.category[0]' });
  });
});
