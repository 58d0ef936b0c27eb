import type { PolicyCondition } from '../schemas/policy-condition';

const list = (values: readonly (string | null)[]) => values.map((v) => (v === null ? '未填' : v)).join('、');

/** A policy condition in plain Chinese: 「形式为 集中，级别为 县、市」. Empty condition → 「所有记录」. */
export function describeCondition(c: PolicyCondition): string {
  const parts: string[] = [];
  if (c.form) parts.push(`形式为 ${list(c.form)}`);
  if (c.level) parts.push(`级别为 ${list(c.level)}`);
  if (c.location) parts.push(`地点在 ${list(c.location)}`);
  if (c.content) parts.push(`内容为 ${list(c.content)}`);
  if (c.track) parts.push(`类型为 ${list(c.track)}`);
  if (c.role) parts.push(`身份为 ${list(c.role)}`);
  if (c.awardGrade) parts.push(`获奖等次为 ${list(c.awardGrade)}`);
  if (c.awardLevel) parts.push(`获奖级别为 ${list(c.awardLevel)}`);
  if (c.tagsAny) parts.push(`带有标签 ${list(c.tagsAny)} 之一`);
  if (c.tagsNone) parts.push(`不带标签 ${list(c.tagsNone)}`);
  if (c.projectRef) parts.push(`属于培训项目 ${list(c.projectRef)}`);
  if (c.category) parts.push(`已归入 ${list(c.category)}`);
  if (c.any) parts.push(`（${c.any.map(describeCondition).join('；或 ')}）`);
  if (c.not) parts.push(`不是「${describeCondition(c.not)}」`);
  return parts.length === 0 ? '所有记录' : parts.join('，');
}
