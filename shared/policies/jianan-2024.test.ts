import { computeProgress } from '../engine';
import { chain, cr, explained, rec, req, teacher } from '../test-support/fixtures';
import { getPolicy, loadPolicy } from './index';

const policy = getPolicy('jianan-2024');
if (!policy) throw new Error('jianan-2024 missing');

describe('建安 2024 (jianan-2024)', () => {
  it('keeps the 14 projects of the 工作安排表 as a catalogue', () => {
    expect(policy.projects).toHaveLength(14);
    expect(policy.projects[13]).toMatchObject({ ref: 'JA2024-14', name: '中小学及幼儿园教师继续教育岗位培训', headcount: '全员', month: '2024-10' });
    expect(policy.projects[2]).toMatchObject({ ref: 'JA2024-03', headcount: '50人', month: '全年' });
  });

  it('完成周期内60学时: the 岗位培训 project (JA2024-14) of 60 学时 meets the year', () => {
    const r = rec({ endDate: '2024-10-31', form: '网络', level: '市', hours: 60, projectRef: 'JA2024-14' });
    const report = computeProgress(policy, [r], teacher(), '2024-12-31');
    expect(req(report, 'gangwei', 2024)).toMatchObject({ earned: cr(60), required: cr(60), met: true });
    expect(report.verdict.met).toBe(true);
  });

  it('other projects are recorded but do not count toward the 60 学时 of 岗位培训', () => {
    const post = rec({ endDate: '2024-10-31', form: '网络', hours: 40, tags: ['岗位培训'] });
    const backbone = rec({ endDate: '2024-04-30', form: '集中', hours: 30, projectRef: 'JA2024-01' });
    const report = computeProgress(policy, [post, backbone], teacher(), '2025-01-05');
    expect(req(report, 'gangwei', 2024)).toMatchObject({ earned: cr(40), shortfall: cr(20), met: false });
    expect(req(report, 'xiangmu', 2024).earned).toBe(cr(30));
    expect(req(report, 'total', 2024).earned).toBe(cr(70));
    expect(report.verdict.summary).toBe('未达标：2024 年度「继续教育岗位培训」还差 20 学分');
  });

  it('a record citing a project outside the catalogue still counts, flagged for checking', () => {
    const r = rec({ endDate: '2024-05-10', hours: 8, projectRef: 'JA2024-99' });
    const report = computeProgress(policy, [r], teacher(), '2024-12-31');
    expect(explained(report, r.id)).toMatchObject({ counted: true, categoryId: 'qita' });
    expect(chain(report, r.id)).toContain('项目编号 JA2024-99 不在本政策的项目目录中，请核对');
  });

  it('training finished in 2025 or not yet finished earns nothing in 2024', () => {
    const late = rec({ endDate: '2025-01-03', hours: 60, projectRef: 'JA2024-14' });
    const future = rec({ endDate: '2024-11-20', hours: 60, projectRef: 'JA2024-14' });
    const report = computeProgress(policy, [late, future], teacher(), '2024-11-01');
    expect(explained(report, late.id).reason?.code).toBe('NOT_FINISHED');
    expect(explained(report, future.id).reason).toMatchObject({ code: 'NOT_FINISHED', message: '培训结束日期 2024-11-20 晚于统计日期，结束后才计入' });
    const later = computeProgress(policy, [late], teacher(), '2025-02-01');
    expect(explained(later, late.id).reason?.code).toBe('OUT_OF_PERIOD');
  });

  it('考试考核 failed → no hours; submitted → provisional preview only', () => {
    const failed = rec({ endDate: '2024-09-01', hours: 20, projectRef: 'JA2024-10', passed: false });
    const pending = rec({ endDate: '2024-10-31', hours: 60, projectRef: 'JA2024-14', status: 'resubmitted' });
    const report = computeProgress(policy, [failed, pending], teacher(), '2024-12-31', { includePending: true });
    expect(explained(report, failed.id).reason?.code).toBe('FAILED');
    expect(req(report, 'gangwei', 2024)).toMatchObject({ earned: cr(60), provisional: cr(60), met: true });
    expect(report.provisional).toBe(true);
  });

  it('a condition naming a project that is not in the catalogue is refused on load', () => {
    const raw = JSON.parse(JSON.stringify(policy)) as { classify: { when: { projectRef?: string[] } }[] };
    raw.classify[1]!.when.projectRef = ['JA2024-15'];
    const res = loadPolicy(raw);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.errors).toContainEqual({ code: 'UNKNOWN_PROJECT', path: 'classify[1].when.projectRef[0]', message: 'classify[1].when.projectRef[0]：项目 JA2024-15 不在项目目录中' });
  });
});
