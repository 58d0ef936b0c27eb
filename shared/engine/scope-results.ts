import type { Fixed } from '../credits/fixed';
import { TOTAL_ID } from '../schemas/policy';
import type { RequirementResult } from '../schemas/progress-report';
import type { CompiledCategory, CompiledLimit, CompiledPolicyData } from './compiled-types';
import type { ScopeLimits } from './ledger';
import type { RecordOutcome } from './record-outcome';
import type { ScopeFigures } from './scope-figures';

/** Sums of one teacher's integer amounts: exact and far inside the safe range. */
const asFixed = (n: number): Fixed => n as Fixed;

interface Row {
  id: string;
  name: string;
  parentId: string | null;
  depth: number;
  earned: Fixed;
  raw: number;
  provisional: number;
  cappedOff: number;
  movedIn: number;
  movedOut: number;
  topics: number;
  records: number;
}

/** Distinct 专题 of the records in category `cat` or below (−1: all records). */
function topicsOf(cats: readonly CompiledCategory[], outcomes: readonly RecordOutcome[], cat: number): number {
  const seen = new Set<string>();
  for (const o of outcomes) {
    for (let c = o.category; c >= 0; c = cats[c]?.parent ?? -1) {
      if (cat < 0 || c === cat) {
        seen.add(o.topicKey);
        break;
      }
    }
  }
  return seen.size;
}

function check(count: number, required: number | undefined): RequirementResult['topics'] {
  return required === undefined ? null : { count, required, met: count >= required };
}

function result(f: Row, limit: CompiledLimit | undefined): RequirementResult {
  const min = limit?.min;
  const topics = check(f.topics, limit?.minTopics);
  const records = check(f.records, limit?.minRecords);
  const creditsMet = min === undefined || f.earned >= min;
  const percent = min === undefined || min === 0 ? (creditsMet ? 100 : 0) : Math.floor((Math.min(f.earned, min) * 100) / min);
  return {
    id: f.id, name: f.name, parentId: f.parentId, depth: f.depth, earned: f.earned, raw: asFixed(f.raw),
    provisional: asFixed(f.provisional), required: min ?? null, cap: limit?.cap ?? null,
    shortfall: asFixed(min === undefined ? 0 : Math.max(0, min - f.earned)),
    cappedOff: asFixed(f.cappedOff), movedIn: asFixed(f.movedIn), movedOut: asFixed(f.movedOut),
    topics, records, met: creditsMet && (topics?.met ?? true) && (records?.met ?? true), percent,
    ruleId: limit?.ruleId ?? null, source: limit?.source ?? null,
  };
}

/**
 * Per-category and total results of one scope, each checked against its
 * minimum, topic count and record count.
 */
export function scopeResults(
  cp: CompiledPolicyData, f: ScopeFigures, limits: ScopeLimits, outcomes: readonly RecordOutcome[],
): { categories: RequirementResult[]; total: RequirementResult } {
  const cats = cp.categories;
  const categories: RequirementResult[] = [];
  let rawTop = 0;
  let provTop = 0;
  let cappedTop = 0;
  let earnedTop = 0;
  for (const c of cats) {
    const i = c.index;
    const limit = limits.cats[i];
    if (c.parent < 0) {
      rawTop += f.raw[i] ?? 0;
      provTop += f.provisional[i] ?? 0;
      cappedTop += f.cappedOff[i] ?? 0;
      earnedTop += f.earned[i] ?? 0;
    }
    categories.push(result({
      id: c.id, name: c.name, parentId: cats[c.parent]?.id ?? null, depth: c.depth, earned: asFixed(f.earned[i] ?? 0),
      raw: f.raw[i] ?? 0, provisional: f.provisional[i] ?? 0, cappedOff: f.cappedOff[i] ?? 0,
      movedIn: f.movedIn[i] ?? 0, movedOut: f.movedOut[i] ?? 0,
      // 专题 only where a limit counts them: most categories never need one
      topics: limit?.minTopics === undefined ? 0 : topicsOf(cats, outcomes, i), records: f.records[i] ?? 0,
    }, limit));
  }
  const total = result({
    id: TOTAL_ID, name: cp.total.name, parentId: null, depth: 0, earned: asFixed(earnedTop),
    raw: rawTop, provisional: provTop, cappedOff: cappedTop, movedIn: 0, movedOut: 0,
    topics: limits.total?.minTopics === undefined ? 0 : topicsOf(cats, outcomes, -1), records: outcomes.length,
  }, limits.total);
  return { categories, total };
}
