import { computeProgress } from '../engine';
import { scopeStatusLabels } from '../schemas/progress-report';
import type { CreditRecord } from '../schemas/record';
import { chain, cr, explained, rec, req, teacher } from '../test-support/fixtures';
import { getPolicy } from './index';

const policy = getPolicy('wuding-2021');
if (!policy) throw new Error('wuding-2021 missing');

/** The year's 全员培训 as one record: online + school-based parts, certificate from 继教网. */
const annual = (year: number, composite: CreditRecord['composite'], over: Partial<CreditRecord> = {}) =>
  rec({ endDate: `${year}-11-30`, startDate: `${year}-05-20`, form: '混合', level: '县', hours: 50, composite, ...over });

describe('武定 2021—2023 (wuding-2021)', () => {
  it('线上 60% + 线下 40%: both pass → counted, with the composite score shown', () => {
    const r = annual(2021, { onlineScore: 85, offlineScore: 78 });
    const report = computeProgress(policy, [r], teacher(), '2021-12-31');
    expect(explained(report, r.id)).toMatchObject({ counted: true, credits: cr(50) });
    expect(chain(report, r.id)).toContain('综合成绩 85×0.6 + 78×0.4 = 82.2 分；线上、线下考核均合格');
    expect(req(report, 'quanyuan', 2021).records).toEqual({ count: 1, required: 1, met: true, decides: true });
    expect(report.years.find((y) => y.year === 2021)?.status).toBe('met');
  });

  it('一项不合格，当年培训不合格 — even when the weighted score would pass', () => {
    // 55×0.6 + 100×0.4 = 73: a pass on the composite, but the online part failed
    const r = annual(2021, { onlineScore: 55, offlineScore: 100 });
    const report = computeProgress(policy, [r], teacher(), '2021-12-31');
    expect(explained(report, r.id).reason).toMatchObject({
      code: 'COMPOSITE_FAILED', ruleId: 'wd-composite',
      message: '网络研修（线上）考核不合格，两项均合格才算合格，本年度培训不计学分',
    });
    expect(req(report, 'quanyuan', 2021)).toMatchObject({ earned: 0, met: false });
  });

  it('an explicit 不合格 on the school-based part wins over its score', () => {
    const r = annual(2021, { onlineScore: 90, offlineScore: 80, offlinePassed: false });
    const report = computeProgress(policy, [r], teacher(), '2021-12-31');
    expect(explained(report, r.id).reason?.message).toContain('校本研修（线下）考核不合格');
  });

  it('a missing part is reported as missing, not as failed', () => {
    const r = annual(2021, { onlineScore: 90 });
    const report = computeProgress(policy, [r], teacher(), '2021-12-31');
    expect(explained(report, r.id).reason).toMatchObject({ code: 'COMPOSITE_MISSING', message: '缺少校本研修（线下）考核结果，两项均合格才计入学分' });
    const none = computeProgress(policy, [annual(2021, undefined)], teacher(), '2021-12-31');
    expect(none.records[0]?.reason?.message).toBe('缺少网络研修（线上）和校本研修（线下）考核结果，两项均合格才计入学分');
  });

  it('发给年度培训合格证书 … 再记以相应学时: no certificate, no hours', () => {
    const r = annual(2021, { onlinePassed: true, offlinePassed: true }, { hasCertificate: false });
    const report = computeProgress(policy, [r], teacher(), '2021-12-31');
    expect(explained(report, r.id).reason).toMatchObject({ code: 'NO_CERTIFICATE', ruleId: 'wd-certificate' });
    const other = rec({ endDate: '2021-07-01', form: '集中', hours: 6, hasCertificate: false });
    expect(computeProgress(policy, [other], teacher(), '2021-12-31').records[0]?.credits).toBe(cr(6));
  });

  it('each year of 2021—2023 needs its own passed 全员培训; separate 网络 records cannot stand in', () => {
    const records = [
      annual(2021, { onlineScore: 80, offlineScore: 80 }),
      rec({ endDate: '2022-10-30', form: '网络', level: '县', hours: 50 }),
      annual(2023, { onlineScore: 70, offlineScore: 65 }),
    ];
    const during = computeProgress(policy, records.slice(0, 1), teacher(), '2022-06-30');
    expect(during.verdict.status).toBe('in-progress');
    expect(during.years.map((y) => y.status)).toEqual(['met', 'in-progress', 'upcoming']);
    const after = computeProgress(policy, records, teacher(), '2024-01-10');
    expect(req(after, 'qita', 2022).earned).toBe(cr(50));
    expect(after.years.map((y) => y.met)).toEqual([true, false, true]);
    expect(after.verdict).toMatchObject({ met: false, status: 'not-met' });
    expect(after.verdict.summary).toContain('2022 年度「年度全员培训（网络研修＋校本研修）」还差 1 项合格记录');
    expect(req(after, 'total').earned).toBe(cr(150));
  });

  it('three passed years → 达标 for the cycle', () => {
    const records = [2021, 2022, 2023].map((y) => annual(y, { onlineScore: 60, offlineScore: 60 }));
    const report = computeProgress(policy, records, teacher(), '2024-01-10');
    expect(report.verdict).toMatchObject({ met: true, status: 'met' });
    expect(req(report, 'quanyuan').earned).toBe(cr(150));
  });

  it('the cycle only tallies: status untracked (只统计，不设要求), never "met", and the verdict ignores it', () => {
    const none = computeProgress(policy, [], teacher(), '2024-01-10');
    expect(none.cycle).toMatchObject({ status: 'untracked', hasRequirements: false, met: true });
    expect(scopeStatusLabels[none.cycle?.status ?? 'met']).toBe('只统计，不设要求');
    expect(none.cycle?.total).toMatchObject({ required: null, earned: 0 });
    // the years do require something: they are tracked and decide the verdict
    expect(none.years.map((y) => [y.status, y.hasRequirements])).toEqual([['not-met', true], ['not-met', true], ['not-met', true]]);
    expect(none.verdict.met).toBe(false);
    expect(none.verdict.shortfalls.every((s) => s.scope === 'year')).toBe(true);
    const done = computeProgress(policy, [2021, 2022, 2023].map((y) => annual(y, { onlineScore: 90, offlineScore: 90 })), teacher(), '2024-01-10');
    expect(done.cycle).toMatchObject({ status: 'untracked', hasRequirements: false, met: true });
    expect(done.cycle?.total.earned).toBe(cr(150));
  });
});
