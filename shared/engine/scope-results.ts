import type { Fixed } from '../credits/fixed';
import { TOTAL_ID } from '../schemas/policy';
import type { RequirementResult } from '../schemas/progress-report';
import type { CompiledCategory, CompiledLimit, CompiledPolicyData } from './compiled-types';
import type { ScopeLimits } from './ledger';
import type { RecordOutcome } from './record-outcome';
import type { ScopeFigures } from './scope-figures';

/** Sums of one teacher's integer amounts: exact and far inside the safe range. */
const asFixed = (n: number): Fixed => n as Fixed;

/**
 * Distinct 专题 of the records in category `cat` or below (−1: all records).
 * A record's 专题 is its topic, else its title; read only here, where a limit
 * counts 专题, so other policies never touch those fields.
 */
function topicsOf(cats: readonly CompiledCategory[], outcomes: readonly RecordOutcome[], cat: number): number {
  const seen = new Set<string>();
  for (const o of outcomes) if (cat < 0 || within(cats, o.category, cat)) seen.add(o.record.topic || o.record.title);
  return seen.size;
}

/** Records in category `cat` or below (−1: all records). */
function recordsOf(cats: readonly CompiledCategory[], outcomes: readonly RecordOutcome[], cat: number): number {
  if (cat < 0) return outcomes.length;
  let n = 0;
  for (const o of outcomes) if (within(cats, o.category, cat)) n += 1;
  return n;
}

function within(cats: readonly CompiledCategory[], c: number, ancestor: number): boolean {
  for (let at = c; at >= 0; at = cats[at]?.parent ?? -1) if (at === ancestor) return true;
  return false;
}

/**
 * One requirement row. 专题 and record counts are counted only where a limit
 * asks for them (most categories never do), and appear only there.
 */
function result(x: Ctx, cat: CompiledCategory | null, i: number, top: Top | null, limit: CompiledLimit | undefined): RequirementResult {
  const { f, cats, outcomes } = x;
  const earned = top ? top.earned : (f.earned[i] ?? 0);
  const min = limit?.min;
  const decides = limit?.countsDecide ?? true;
  const topics = limit?.minTopics === undefined ? null : check(topicsOf(cats, outcomes, i), limit.minTopics, decides);
  const records = limit?.minRecords === undefined ? null : check(recordsOf(cats, outcomes, i), limit.minRecords, decides);
  const creditsMet = min === undefined || earned >= min;
  const percent = min === undefined || min === 0 ? (creditsMet ? 100 : 0) : Math.floor((Math.min(earned, min) * 100) / min);
  return {
    id: cat ? cat.id : TOTAL_ID, name: cat ? cat.name : x.totalName, parentId: cat ? cat.parentId : null, depth: cat ? cat.depth : 0,
    earned: asFixed(earned), raw: asFixed(top ? top.raw : (f.raw[i] ?? 0)),
    provisional: asFixed(top ? top.provisional : (f.provisional[i] ?? 0)), required: min ?? null, cap: limit?.cap ?? null,
    shortfall: asFixed(min === undefined ? 0 : Math.max(0, min - earned)),
    cappedOff: asFixed(top ? top.cappedOff : (f.cappedOff[i] ?? 0)),
    movedIn: asFixed(top ? 0 : (f.movedIn[i] ?? 0)), movedOut: asFixed(top ? 0 : (f.movedOut[i] ?? 0)),
    // a count marked as a target is shown with its shortfall but does not decide the row
    topics, records, met: creditsMet && (!decides || ((topics?.met ?? true) && (records?.met ?? true))), percent,
    ruleId: limit?.ruleId ?? null, source: limit?.source ?? null,
  };
}

function check(count: number, required: number, decides: boolean): NonNullable<RequirementResult['topics']> {
  return { count, required, met: count >= required, decides };
}

/** What every row of one scope reads. */
interface Ctx {
  f: ScopeFigures;
  cats: readonly CompiledCategory[];
  outcomes: readonly RecordOutcome[];
  totalName: string;
}

/** The total: sums of the top-level categories. */
interface Top {
  earned: number;
  raw: number;
  provisional: number;
  cappedOff: number;
}

/**
 * Per-category and total results of one scope, each checked against its
 * minimum, topic count and record count.
 */
export function scopeResults(
  cp: CompiledPolicyData, f: ScopeFigures, limits: ScopeLimits, outcomes: readonly RecordOutcome[],
): { categories: RequirementResult[]; total: RequirementResult } {
  const cats = cp.categories;
  const x: Ctx = { f, cats, outcomes, totalName: cp.total.name };
  const categories: RequirementResult[] = [];
  const top: Top = { earned: 0, raw: 0, provisional: 0, cappedOff: 0 };
  for (let i = 0; i < cats.length; i += 1) {
    const c = cats[i] as CompiledCategory;
    if (c.parent < 0) {
      top.raw += f.raw[i] ?? 0;
      top.provisional += f.provisional[i] ?? 0;
      top.cappedOff += f.cappedOff[i] ?? 0;
      top.earned += f.earned[i] ?? 0;
    }
    categories.push(result(x, c, i, null, limits.cats[i]));
  }
  return { categories, total: result(x, null, -1, top, limits.total) };
}
