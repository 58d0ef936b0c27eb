import { rolesText } from './roles-text';

/**
 * The fixed sentences of 首页, said once: the app's screen and the local server's
 * first paint (decision 013) print these same words, so the swap is invisible.
 */
export const homeText = {
  greeting: (name: string) => `${name}，您好！`,
  /** 「教师 · 通榆县第一中学」: roles, then the school (or the county for county staff). */
  whoLine: (roles: readonly string[], place: string | null) => [rolesText(roles), place].filter(Boolean).join(' · '),
  actionsHint: '拍下结业证书或学分卡，填上学时，提交给学校审核。',
  progressLabel: (year: number) => `本年度进度 · ${year} 年度`,
  pendingNote: (count: number) => `另有 ${count} 条记录在审核，通过后计入。`,
  targetsSection: '专项要求',
  asOf: (date: string) => `截至 ${date}`,
  approvedOnly: '只计算已通过审核的记录',
  basis: (policyName: string) => `依据：${policyName}`,
} as const;
