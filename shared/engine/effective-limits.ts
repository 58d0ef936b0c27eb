import { asFixed } from '../credits';
import type { TeacherContext, TeacherStatus } from '../schemas/teacher-context';
import type { CompiledLimit, CompiledPolicyData, CompiledStatusRule } from './compiled-types';
import type { ScopeLimits } from './ledger';

/** Shared, never mutated: callers copy what they hand out. */

/** Statuses the teacher holds in `year`, or in any year of the period when `year` is null. */
export function statusesHeld(teacher: TeacherContext, years: readonly number[], year: number | null): Set<TeacherStatus> {
  const out = new Set<TeacherStatus>();
  for (const s of teacher.statuses) {
    const all = !s.years || s.years.length === 0;
    if (all || (year === null ? s.years?.some((y) => years.includes(y)) : s.years?.includes(year))) out.add(s.status);
  }
  return out;
}

function override(base: CompiledLimit | undefined, o: CompiledStatusRule['overrides'][number], rule: CompiledStatusRule): CompiledLimit {
  return {
    min: o.min ?? base?.min, cap: o.cap ?? base?.cap,
    minTopics: o.minTopics ?? base?.minTopics, minRecords: o.minRecords ?? base?.minRecords,
    countsDecide: base?.countsDecide ?? true, countsSource: base?.countsSource ?? null,
    ruleId: rule.ruleId, source: rule.source,
  };
}

function apply(cp: CompiledPolicyData, held: Set<TeacherStatus>, scope: 'year' | 'cycle', onlyReducing: boolean): ScopeLimits {
  const cats = cp.categories.map((c) => c.limits[scope]);
  let total = cp.total[scope];
  const applied: ScopeLimits['applied'] = [];
  for (const rule of cp.statusRules) {
    if (!held.has(rule.status) || (onlyReducing && !rule.reduceCycle)) continue;
    let changed = false;
    for (const o of rule.overrides) {
      if (o.scope !== scope) continue;
      changed = true;
      if (o.category < 0) total = override(total, o, rule);
      else cats[o.category] = override(cats[o.category], o, rule);
    }
    if (changed) applied.push({ ruleId: rule.ruleId, name: rule.name, source: rule.source });
  }
  return { cats, total, applied, statuses: held };
}

/** Limits of teachers without any status: the same for everyone, so computed once per policy. */
const plain = new WeakMap<CompiledPolicyData, { year: ScopeLimits; cycle: ScopeLimits }>();

function plainLimits(cp: CompiledPolicyData): { year: ScopeLimits; cycle: ScopeLimits } {
  let hit = plain.get(cp);
  if (!hit) {
    const none = new Set<TeacherStatus>();
    hit = { year: apply(cp, none, 'year', false), cycle: apply(cp, none, 'cycle', false) };
    plain.set(cp, hit);
  }
  return hit;
}

/** Limits of one year with the teacher's statuses of that year applied (永吉 哺乳期 → 校本 12). */
export function yearLimits(cp: CompiledPolicyData, teacher: TeacherContext, year: number): ScopeLimits {
  if (teacher.statuses.length === 0) return plainLimits(cp).year;
  return apply(cp, statusesHeld(teacher, cp.period.years, year), 'year', false);
}

/**
 * Cycle limits: cycle overrides of statuses held in any year, then each year
 * whose minimum a status lowered lowers the cycle minimum by the same amount
 * (a 哺乳期 year needs 24 fewer 集中 credits in the five-year total too).
 */
export function cycleLimits(cp: CompiledPolicyData, teacher: TeacherContext): ScopeLimits {
  if (teacher.statuses.length === 0) return plainLimits(cp).cycle;
  const years = cp.period.years;
  const lim = apply(cp, statusesHeld(teacher, years, null), 'cycle', false);
  const reduce = (cycle: CompiledLimit | undefined, yearly: (y: number) => [CompiledLimit | undefined, CompiledLimit | undefined]): CompiledLimit | undefined => {
    if (cycle?.min === undefined) return cycle;
    let cut = 0;
    let why: CompiledLimit | undefined;
    for (const y of years) {
      const [base, eff] = yearly(y);
      const diff = (base?.min ?? 0) - (eff?.min ?? 0);
      if (diff > 0 && eff !== base) {
        cut += diff;
        why = eff;
      }
    }
    if (cut === 0 || !why) return cycle;
    return { ...cycle, min: asFixed(Math.max(0, cycle.min - cut)), ruleId: why.ruleId, source: why.source };
  };
  const perYear = years.map((y) => apply(cp, statusesHeld(teacher, years, y), 'year', true));
  const at = (y: number): ScopeLimits | undefined => perYear[years.indexOf(y)];
  lim.cats = lim.cats.map((c, i) => reduce(c, (y) => [cp.categories[i]?.limits.year, at(y)?.cats[i]]));
  lim.total = reduce(lim.total, (y) => [cp.total.year, at(y)?.total]);
  for (const py of perYear) {
    for (const a of py.applied) if (!lim.applied.some((x) => x.ruleId === a.ruleId)) lim.applied.push(a);
  }
  return lim;
}
