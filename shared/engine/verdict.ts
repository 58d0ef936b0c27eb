import type { Fixed } from '../credits';
import type { ProgressReport, RequirementResult, ScopeReport, Shortfall, TargetResult } from '../schemas/progress-report';
import type { CompiledPolicyData } from './compiled-types';
import { credits, hours, scopeLabel } from './text';

type Verdict = ProgressReport['verdict'];

/**
 * "2026 年度「专业科目」还差 " for every scope (years, then the cycle) and row
 * (the total, then each category): a county's reports repeat them thousands
 * of times, so each policy builds them once.
 */
const prefixCache = new WeakMap<CompiledPolicyData, string[][]>();

function prefixes(cp: CompiledPolicyData): string[][] {
  let hit = prefixCache.get(cp);
  if (!hit) {
    const names = [cp.total.name, ...cp.categories.map((c) => c.name)];
    const labels = [...cp.period.years.map((y) => scopeLabel(y, null)), scopeLabel(null, cp.period.cycle?.name ?? null)];
    hit = labels.map((label) => names.map((name) => `${label}「${name}」还差 `));
    prefixCache.set(cp, hit);
  }
  return hit;
}

/**
 * The gaps of one row: credits, and the 专题 / record counts whose `decides`
 * equals `deciding` (false: the counts that are targets only, for goals).
 */
function shortfallsOf(r: RequirementResult, s: ScopeReport, prefix: string, out: Shortfall[], deciding = true): void {
  if (deciding && r.shortfall > 0) {
    out.push({ scope: s.scope, year: s.year, id: r.id, name: r.name, kind: 'credits', missing: r.shortfall, text: prefix + credits(r.shortfall) });
  }
  if (r.topics !== null && !r.topics.met && r.topics.decides === deciding) {
    const n = r.topics.required - r.topics.count;
    out.push({ scope: s.scope, year: s.year, id: r.id, name: r.name, kind: 'topics', missing: n, text: `${prefix}${n} 个专题` });
  }
  if (r.records !== null && !r.records.met && r.records.decides === deciding) {
    const n = r.records.required - r.records.count;
    out.push({ scope: s.scope, year: s.year, id: r.id, name: r.name, kind: 'records', missing: n, text: `${prefix}${n} 项合格记录` });
  }
}

/** Count targets not reached in one scope (their rows may well be met). */
function scopeGoals(s: ScopeReport, rows: readonly string[], out: Shortfall[]): void {
  if (s.status === 'upcoming') return;
  shortfallsOf(s.total, s, rows[0] ?? '', out, false);
  s.categories.forEach((c, i) => shortfallsOf(c, s, rows[i + 1] ?? '', out, false));
}

/** `rows`: this scope's prefixes, the total's first, then the categories' in policy order (as the report lists them). */
function scopeShortfalls(s: ScopeReport, rows: readonly string[], out: Shortfall[]): void {
  if (s.met) return;
  shortfallsOf(s.total, s, rows[0] ?? '', out);
  s.categories.forEach((c, i) => {
    if (!c.met) shortfallsOf(c, s, rows[i + 1] ?? '', out);
  });
}

function targetShortfall(t: TargetResult, label: string): Shortfall {
  const missing = Math.max(0, t.required - t.achieved);
  const amount = t.measure === 'records' ? `${missing} 项` : t.measure === 'hours' ? hours(missing as Fixed) : credits(missing as Fixed);
  const kind = t.measure === 'records' ? 'records' : t.measure;
  const text = t.note ? `${label}「${t.name}」：${t.note}` : `${label}「${t.name}」还差 ${amount}`;
  return { scope: t.scope, year: t.year, id: t.id, name: t.name, kind, missing, text };
}

/**
 * Folds verdict-affecting targets into their scopes, then the overall verdict
 * by the policy's rule (years, cycle, or both), with what is still missing
 * (`shortfalls`, deciding) and what is only a target (`goals`: 专题 counts
 * marked as targets, targets that do not affect the verdict).
 */
export function decideVerdict(
  cp: CompiledPolicyData, years: ScopeReport[], cycle: ScopeReport | null, targets: TargetResult[], asOfKey: number,
): Verdict {
  const cycleName = cp.period.cycle?.name ?? null;
  const rule = cp.policy.verdict;
  const texts = prefixes(cp);
  const shortfalls: Shortfall[] = [];
  const blocking = targets.filter((t) => t.affectsVerdict && !t.met);
  years.forEach((y, i) => {
    const mine = blocking.length === 0 ? blocking : blocking.filter((t) => t.scope === 'year' && t.year === y.year);
    if (mine.length > 0 && y.met) {
      // a verdict target missed in this year: the year now asks for something
      y.met = false;
      y.hasRequirements = true;
      y.status = y.closed ? 'not-met' : 'in-progress';
    }
    if (y.status === 'upcoming' || y.status === 'untracked') return;
    // list only the gaps the verdict rule looks at
    if (rule !== 'cycle') scopeShortfalls(y, texts[i] ?? [], shortfalls);
    for (const t of mine) shortfalls.push(targetShortfall(t, scopeLabel(y.year, null)));
  });
  const wide = blocking.length === 0 ? blocking : blocking.filter((t) => t.scope !== 'year');
  if (cycle) {
    if (wide.length > 0 && cycle.met) {
      cycle.met = false;
      cycle.hasRequirements = true;
      cycle.status = cycle.closed ? 'not-met' : 'in-progress';
    }
    if (rule !== 'years' && cycle.hasRequirements) scopeShortfalls(cycle, texts[years.length] ?? [], shortfalls);
  }
  shortfalls.push(...wide.map((t) => targetShortfall(t, t.scope === 'after-hire' ? '入职后' : scopeLabel(null, cycleName))));
  // scopes that require nothing (status 'untracked') take no part in the verdict
  const yearsMet = years.every((y) => !y.hasRequirements || y.met);
  const cycleMet = !cycle?.hasRequirements || cycle.met;
  const met = (rule === 'cycle' ? cycleMet : rule === 'years' ? yearsMet : yearsMet && cycleMet) && blocking.length === 0;
  const goals: Shortfall[] = [];
  if (cp.countTargets) {
    years.forEach((y, i) => scopeGoals(y, texts[i] ?? [], goals));
    if (cycle) scopeGoals(cycle, texts[years.length] ?? [], goals);
  }
  for (const t of targets) {
    if (!t.affectsVerdict && !t.met) goals.push(targetShortfall(t, t.scope === 'year' ? scopeLabel(t.year, null) : t.scope === 'after-hire' ? '入职后' : scopeLabel(null, cycleName)));
  }
  const status = met ? 'met' : asOfKey > cp.period.endKey ? 'not-met' : 'in-progress';
  const head = met ? '已达标' : status === 'not-met' ? '未达标' : '尚未达标';
  const listed = shortfalls.slice(0, 3).map((s) => s.text).join('；');
  const more = shortfalls.length > 3 ? `等 ${shortfalls.length} 项` : '';
  return { met, status, summary: met ? head : `${head}：${listed}${more}`, shortfalls, goals };
}
