import type { Policy, PolicyLimit } from '../schemas/policy';
import { policyColumns } from '../registers/policy-columns';
import { teacherStatusLabels } from '../registers/status-labels';
import { describeCondition } from './describe-condition';

/** One readable rule: what it says in Chinese and the document sentence it encodes. */
export interface PolicyLine {
  /** Rule or category id (with the scope for limits: `zy:每年`), stable across versions, for diffs. */
  id: string;
  text: string;
  source: string;
  depth?: number;
}

export interface PolicySection {
  title: string;
  lines: PolicyLine[];
}

const amount = (v: string | number) => String(v);

/** 「每年至少 30 学分，最多 60 学分，至少 5 个专题」 */
export function limitText(scope: '每年' | '周期内', l: PolicyLimit): string {
  const bits: string[] = [];
  if (l.min !== undefined) bits.push(`至少 ${amount(l.min)} 学分`);
  if (l.cap !== undefined) bits.push(`最多计 ${amount(l.cap)} 学分`);
  if (l.minTopics !== undefined) bits.push(`至少 ${l.minTopics} 个专题`);
  if (l.minRecords !== undefined) bits.push(`至少 ${l.minRecords} 项记录`);
  return `${scope}${bits.join('，') || '不设要求'}`;
}

function coefficient(c: string | number | { num: number; den: number }): string {
  return typeof c === 'object' ? `${c.num}/${c.den}` : String(c);
}

/**
 * The policy as the county reads it: period, categories with minimums and caps,
 * classification, conversions, bonuses, substitutions, teacher statuses,
 * eligibility and targets — every line with the document sentence behind it.
 */
export function describePolicy(p: Policy): PolicySection[] {
  const sections: PolicySection[] = [];
  const cycle = p.period.cycle ? `；周期 ${p.period.cycle.startYear}—${p.period.cycle.endYear}${p.period.cycle.name ? `（${p.period.cycle.name}）` : ''}` : '';
  sections.push({ title: '适用范围', lines: [{ id: 'period', text: `${p.period.start} 至 ${p.period.end} 结束的培训；年度 ${p.period.years.join('、')}${cycle}`, source: p.period.source }] });

  const cats: PolicyLine[] = [];
  const totalLimits = [p.total.year && { s: '每年' as const, l: p.total.year }, p.total.cycle && { s: '周期内' as const, l: p.total.cycle }].filter(Boolean) as { s: '每年' | '周期内'; l: PolicyLimit }[];
  for (const t of totalLimits) cats.push({ id: `total:${t.s}`, text: `${p.total.name}：${limitText(t.s, t.l)}`, source: t.l.source });
  for (const col of policyColumns(p)) {
    const c = p.categories.find((x) => x.id === col.id);
    if (!c) continue;
    const limits = [c.limits?.year && { s: '每年' as const, l: c.limits.year }, c.limits?.cycle && { s: '周期内' as const, l: c.limits.cycle }].filter(Boolean) as { s: '每年' | '周期内'; l: PolicyLimit }[];
    if (limits.length === 0) cats.push({ id: c.id, text: `${c.name}：不单独设要求`, source: '', depth: col.depth });
    for (const x of limits) cats.push({ id: `${c.id}:${x.s}`, text: `${c.name}：${limitText(x.s, x.l)}`, source: x.l.source, depth: col.depth });
  }
  sections.push({ title: '类别、最低要求和上限', lines: cats });

  const name = (id: string) => p.categories.find((c) => c.id === id)?.name ?? id;
  sections.push({ title: '归类', lines: p.classify.map((r) => ({ id: r.id, text: `${describeCondition(r.when)} → 计入「${name(r.category)}」`, source: r.source })) });
  sections.push({
    title: '学时换算学分',
    lines: p.conversion.map((r) => ({
      id: r.id,
      text: `${describeCondition(r.when)}：${r.coefficient !== undefined ? `学分 = 学时 × ${coefficient(r.coefficient)}` : r.hoursPerCredit !== undefined ? `每 ${coefficient(r.hoursPerCredit)} 学时计 1 学分` : '学分 = 学时'}${r.maxCreditsPerRecord !== undefined ? `，每项最多 ${amount(r.maxCreditsPerRecord)} 学分` : ''}`,
      source: r.source,
    })),
  });
  sections.push({
    title: '加分',
    lines: p.bonuses.map((b) => ({
      id: b.id,
      text: `${b.name}（${describeCondition(b.when)}）：${b.kind === 'percent' ? `另加 ${coefficient(b.percent)}%` : b.kind === 'multiple' ? `另加 ${coefficient(b.times)} 倍` : `按获奖级别加学时：${Object.entries(b.hoursByAwardLevel).map(([k, v]) => `${k} ${amount(v as string | number)}`).join('、')}`}`,
      source: b.source,
    })),
  });
  sections.push({
    title: '替代（多出的学分补别的类别）',
    lines: p.substitutions.map((s) => ({
      id: s.id,
      text: `「${name(s.from)}」超出要求的部分可补「${s.to.map(name).join('」「')}」（${s.scopes.map((x) => (x === 'year' ? '年度' : '周期')).join('、')}）${s.statuses ? `，限${s.statuses.map((x) => teacherStatusLabels[x]).join('、')}` : ''}`,
      source: s.source,
    })),
  });
  sections.push({
    title: '特殊身份',
    lines: p.statusRules.map((r) => ({
      id: r.id,
      text: `${r.name}（${teacherStatusLabels[r.status]}）：${r.overrides.map((o) => `${o.category === 'total' ? p.total.name : name(o.category)}${o.min !== undefined ? ` 至少 ${amount(o.min)}` : ''}${o.cap !== undefined ? ` 最多 ${amount(o.cap)}` : ''}`).join('；')}`,
      source: r.source,
    })),
  });
  const el = p.eligibility;
  sections.push({
    title: '不计学分的情形',
    lines: [
      ...(el.requirePassed ? [{ id: el.requirePassed.id, text: '考核不合格的培训不计学分', source: el.requirePassed.source }] : []),
      ...(el.certificate ? [{ id: el.certificate.id, text: `${el.certificate.when ? describeCondition(el.certificate.when) : '所有记录'}：没有结业证书不计学分`, source: el.certificate.source }] : []),
      ...el.exclusions.map((x) => ({ id: x.id, text: `${describeCondition(x.when)}：${x.message}`, source: x.source })),
    ],
  });
  sections.push({
    title: '专项目标',
    lines: p.targets.map((t) => ({
      id: t.id,
      text: `${t.name}：${t.scope === 'year' ? '每年' : t.scope === 'cycle' ? '周期内' : `入职后 ${t.months ?? ''} 个月内`}至少 ${amount(t.min)} ${t.measure === 'hours' ? '学时' : t.measure === 'credits' ? '学分' : '项'}${t.affectsVerdict ? '（计入是否达标）' : '（只作提醒）'}`,
      source: t.source,
    })),
  });
  return sections.filter((s) => s.lines.length > 0);
}
