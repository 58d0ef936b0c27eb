/**
 * Realistic progress.mine answers for client tests, computed by the real shared engine
 * under the built-in 通榆 2026 policy (1 学时 = 1 学分; 公需 ≥ 30, 专业 ≥ 60 of which
 * 集中 ≥ 20 / 5 专题, 校本 ≥ 30 / 5 专题, 自主 ≥ 10 / 3 专题; total ≥ 90; 数字化 ≥ 30 学时 as a goal).
 * Nothing here is a hand-written figure: tests compare the card with what the engine says.
 */
import { computeProgress } from '@shared/engine';
import { getPolicy } from '@shared/policies';
import type { ProgressReport } from '@shared/schemas/progress-report';
import type { CreditRecord } from '@shared/schemas/record';
import { rec, teacher } from '@shared/test-support/fixtures';

const tongyu = getPolicy('tongyu-2026');
if (!tongyu) throw new Error('内置政策 tongyu-2026 缺失');

/** As of a day late in the year, like the seeded demo (npm start). */
export const AS_OF = '2026-11-20';

/** Like 陈静 in the demo: far behind — 公需 6, 集中 8 学时 on one 专题. */
export function behindRecords(): CreditRecord[] {
  return [
    rec({ endDate: '2026-04-20', content: '公需', form: '网络', hours: 6, title: '师德师风网络课程' }),
    rec({ endDate: '2026-05-10', content: '专业', form: '集中', hours: 8, topic: '班主任', title: '县暑期班主任培训' }),
  ];
}

/** Every line met exactly: 30 + 20 (5 专题) + 30 (5 专题) + 10 (3 专题) = 90, plus 2.5 学时 over. */
export function fullRecords(): CreditRecord[] {
  return [
    rec({ endDate: '2026-04-20', content: '公需', form: '网络', hours: 32.5, title: '公需科目网络课程', tags: ['数字化'] }),
    ...['师德', '法制', '班级管理', '心理健康', '智慧课堂'].map((topic, i) =>
      rec({ endDate: `2026-05-0${i + 1}`, content: '专业', form: '集中', hours: 4, topic })),
    ...['新课程', '新教材', '新方法', '心理健康', '数智化教学'].map((topic, i) =>
      rec({ endDate: `2026-06-0${i + 1}`, content: '专业', form: '校本', level: '校', hours: 6, topic })),
    ...([['相约星期六', 4], ['技能大提升', 3], ['读书', 3]] as const).map(([topic, hours], i) =>
      rec({ endDate: `2026-07-0${i + 1}`, content: '专业', form: '自主', level: '校', hours, topic })),
  ];
}

/** The engine's report for these records (approved only, like progress.mine). */
export function tongyuReport(records: CreditRecord[], asOf = AS_OF): ProgressReport {
  return computeProgress(tongyu!, records, teacher(), asOf);
}

/** The `data` of progress.mine as the server answers it. */
export function mineAnswer(report: ProgressReport, pendingCount = 1) {
  return {
    policy: { countyId: 'county-tongyu', year: 2026, version: 1, policyId: 'tongyu-2026', publishedAt: '2026-03-20T02:00:00.000Z' },
    report,
    pendingCount,
  };
}
