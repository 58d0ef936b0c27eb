import { divRoundHalfUp, fromDecimal, toRatio, SCALE, type Fixed } from '../credits';
import type { Policy, PolicyLimit } from '../schemas/policy';
import { TOTAL_ID } from '../schemas/policy';
import type { TrainingLevel } from '../schemas/record';
import { compileCondition } from './compile-condition';
import type { CompiledCategory, CompiledLimit, CompiledPolicyData } from './compiled-types';
import { DayCache } from './dates';
import { IntTable } from './int-table';
import { compileProfiler } from './record-profile';

/** Enough for every profile a county meets; past it records are matched rule by rule. */
const MAX_DECISIONS = 50_000;

const amount = (v: number | string | undefined): Fixed | undefined => (v === undefined ? undefined : fromDecimal(v));
const ratioText = (v: string | number | { num: number; den: number }): string =>
  typeof v === 'object' ? `${v.num}/${v.den}` : String(v);

function limit(l: PolicyLimit | undefined, ruleId: string): CompiledLimit | undefined {
  if (!l) return undefined;
  return {
    min: amount(l.min), cap: amount(l.cap), minTopics: l.minTopics, minRecords: l.minRecords,
    countsDecide: l.counts?.role !== 'target', countsSource: l.counts?.source ?? null, ruleId, source: l.source,
  };
}

/** Category tree in parents-before-children order, with paths and subtrees. */
function compileCategories(p: Policy): CompiledCategory[] {
  const byId = new Map(p.categories.map((c) => [c.id, c]));
  const depthOf = (id: string): number => {
    let d = 0;
    for (let at = byId.get(id)?.parent; at !== undefined && d <= p.categories.length; at = byId.get(at)?.parent) d += 1;
    return d;
  };
  const ordered = [...p.categories].map((c, i) => ({ c, i, d: depthOf(c.id) }))
    .sort((a, b) => a.d - b.d || a.i - b.i);
  const index = new Map(ordered.map((o, i) => [o.c.id, i]));
  const out: CompiledCategory[] = ordered.map(({ c, d }, i) => ({
    index: i, id: c.id, name: c.name, parent: c.parent === undefined ? -1 : (index.get(c.parent) ?? -1), parentId: null,
    depth: d, ancestorIds: [], path: '', classifyText: '', children: [], subtree: [],
    limits: { year: limit(c.limits?.year, `${c.id}.year`), cycle: limit(c.limits?.cycle, `${c.id}.cycle`) },
  }));
  for (const cat of out) {
    const parent = out[cat.parent];
    cat.ancestorIds = parent ? [cat.id, ...parent.ancestorIds] : [cat.id];
    cat.parentId = parent?.id ?? null;
    cat.path = parent ? `${parent.path} › ${cat.name}` : cat.name;
    cat.classifyText = `归入「${cat.path}」`;
    parent?.children.push(cat.index);
  }
  for (let i = out.length - 1; i >= 0; i -= 1) {
    const cat = out[i] as CompiledCategory;
    cat.subtree = [i, ...cat.children.flatMap((ch) => out[ch]?.subtree ?? [])];
  }
  return out;
}

/**
 * Turns a validated policy into matchers and exact amounts. Assumes
 * `loadPolicy` accepted it; a policy that skipped validation may throw here.
 */
export function compilePolicyData(p: Policy): CompiledPolicyData {
  const categories = compileCategories(p);
  const byId = new Map(categories.map((c) => [c.id, c.index]));
  const cat = (id: string): number => byId.get(id) ?? -1;
  const days = new DayCache();
  const e = p.eligibility;
  const total = { name: p.total.name, year: limit(p.total.year, 'total.year'), cycle: limit(p.total.cycle, 'total.cycle') };
  return {
    policy: p,
    categories,
    byId,
    classify: p.classify.map((r) => ({ ruleId: r.id, source: r.source, category: cat(r.category), match: compileCondition(r.when) })),
    conversion: p.conversion.map((r) => {
      const perCredit = r.hoursPerCredit !== undefined;
      const raw = (perCredit ? r.hoursPerCredit : r.coefficient) ?? 1;
      return {
        ruleId: r.id, source: r.source, match: compileCondition(r.when), kind: perCredit ? 'per-credit' : 'coefficient',
        ratio: toRatio(raw), text: ratioText(raw), maxCredits: amount(r.maxCreditsPerRecord), stepTexts: new IntTable<string>(1 << 14),
      };
    }),
    bonuses: p.bonuses.map((b) => ({
      ruleId: b.id, source: b.source, name: b.name, match: compileCondition(b.when), kind: b.kind,
      byLevel: new Map(b.kind === 'add-hours'
        ? Object.entries(b.hoursByAwardLevel).map(([lv, v]) => [lv as TrainingLevel, fromDecimal(v ?? 0)])
        : []),
      ratio: toRatio(b.kind === 'percent' ? b.percent : b.kind === 'multiple' ? b.times : 0),
      text: b.kind === 'percent' ? `${ratioText(b.percent)}%` : b.kind === 'multiple' ? `${ratioText(b.times)} 倍` : '',
    })),
    substitutions: p.substitutions.map((s, index) => ({
      index, ruleId: s.id, source: s.source, from: cat(s.from), to: s.to.map(cat), fromMatch: compileCondition(s.fromWhen),
      scopes: new Set(s.scopes), statuses: s.statuses ? new Set(s.statuses) : null,
    })),
    statusRules: p.statusRules.map((r) => ({
      ruleId: r.id, source: r.source, status: r.status, name: r.name, reduceCycle: r.cycleAdjustment === 'reduce-by-year-difference',
      overrides: r.overrides.map((o) => ({
        category: o.category === TOTAL_ID ? -1 : cat(o.category), scope: o.scope,
        min: amount(o.min), cap: amount(o.cap), minTopics: o.minTopics, minRecords: o.minRecords,
      })),
    })),
    eligibility: {
      requirePassed: e.requirePassed ? { ruleId: e.requirePassed.id, source: e.requirePassed.source } : null,
      certificate: e.certificate ? { ruleId: e.certificate.id, source: e.certificate.source, match: compileCondition(e.certificate.when) } : null,
      composite: e.composite ? {
        ruleId: e.composite.id, source: e.composite.source, match: compileCondition(e.composite.when),
        online: toRatio(e.composite.onlineWeight), offline: toRatio(e.composite.offlineWeight),
        onlineText: ratioText(e.composite.onlineWeight), offlineText: ratioText(e.composite.offlineWeight),
        passScore: fromDecimal(e.composite.passScore),
      } : null,
      exclusions: e.exclusions.map((x) => ({ ruleId: x.id, source: x.source, match: compileCondition(x.when), message: x.message })),
    },
    targets: p.targets.map((t) => ({
      ruleId: t.id, source: t.source, name: t.name, match: compileCondition(t.when), measure: t.measure,
      min: t.measure === 'records' ? divRoundHalfUp(fromDecimal(t.min), SCALE) : fromDecimal(t.min),
      scope: t.scope, months: t.months ?? 12, statuses: t.statuses ? new Set(t.statuses) : null, affectsVerdict: t.affectsVerdict,
    })),
    total,
    period: {
      startKey: days.key(p.period.start), endKey: days.key(p.period.end), years: p.period.years,
      firstYear: p.period.years[0] ?? 0, lastYear: p.period.years[p.period.years.length - 1] ?? -1,
      cycle: p.period.cycle ? { ...p.period.cycle, name: p.period.cycle.name ?? `${p.period.cycle.startYear}–${p.period.cycle.endYear} 周期` } : null,
    },
    projectRefs: new Set(p.projects.map((x) => x.ref)),
    days,
    profile: compileProfiler(p),
    decisions: new IntTable(MAX_DECISIONS),
    countTargets: [...categories.flatMap((c) => [c.limits.year, c.limits.cycle]), total.year, total.cycle]
      .some((l) => l !== undefined && !l.countsDecide && (l.minTopics !== undefined || l.minRecords !== undefined)),
    zeros: categories.map(() => 0), // typed readonly; not frozen, so slice() stays a fast copy
  };
}
