import type { Fixed } from '../credits/fixed';
import { TOTAL_ID } from '../schemas/policy';
import type { RequirementResult } from '../schemas/progress-report';
import type { CompiledLimit } from './compiled-types';
import type { Ledger, ScopeLimits } from './ledger';
import type { RecordOutcome } from './record-outcome';

/** Sums of one teacher's integer amounts: exact and far inside the safe range. */
const asFixed = (n: number): Fixed => n as Fixed;

interface Figures {
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

function check(count: number, required: number | undefined): RequirementResult['topics'] {
  return required === undefined ? null : { count, required, met: count >= required };
}

function result(f: Figures, limit: CompiledLimit | undefined): RequirementResult {
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
 * Per-category and total figures of one scope after caps and moves, each
 * checked against its minimum, topic count and record count. `cycle`: raw
 * figures start from what each year kept (after year caps).
 */
export function scopeResults(
  ledger: Ledger, limits: ScopeLimits, outcomes: readonly RecordOutcome[], cycle: boolean,
): { categories: RequirementResult[]; total: RequirementResult } {
  const cats = ledger.cp.categories;
  const totals = ledger.totals();
  const n = cats.length;
  const raw = new Array<number>(n).fill(0);
  const prov = new Array<number>(n).fill(0);
  const records = new Array<number>(n).fill(0);
  // 专题 sets only where a limit counts them: most categories never need one
  const topics: (Set<string> | null)[] = [];
  for (let i = 0; i < n; i += 1) topics.push(limits.cats[i]?.minTopics === undefined ? null : new Set<string>());
  for (const o of outcomes) {
    const amount = cycle ? o.countedInYear : o.credits;
    for (let c = o.category; c >= 0; c = cats[c]?.parent ?? -1) {
      raw[c] = (raw[c] ?? 0) + amount;
      topics[c]?.add(o.topicKey);
      records[c] = (records[c] ?? 0) + 1;
    }
  }
  let anyProvisional = false;
  for (const o of outcomes) anyProvisional ||= o.provisional;
  for (let cat = 0; anyProvisional && cat < n; cat += 1) {
    for (const a of ledger.direct[cat] ?? []) {
      if (!a.o.provisional) continue;
      for (let c = cat; c >= 0; c = cats[c]?.parent ?? -1) prov[c] = (prov[c] ?? 0) + a.amount;
    }
  }
  // a cap trims inside its own subtree: every ancestor lost that much too
  const capped = ledger.cappedOff.slice();
  for (let i = n - 1; i >= 0; i -= 1) {
    const parent = cats[i]?.parent ?? -1;
    if (parent >= 0) capped[parent] = (capped[parent] ?? 0) + (capped[i] ?? 0);
  }
  const categories: RequirementResult[] = [];
  let rawTop = 0;
  let provTop = 0;
  let cappedTop = 0;
  for (const c of cats) {
    const i = c.index;
    if (c.parent < 0) {
      rawTop += raw[i] ?? 0;
      provTop += prov[i] ?? 0;
      cappedTop += capped[i] ?? 0;
    }
    categories.push(result({
      id: c.id, name: c.name, parentId: cats[c.parent]?.id ?? null, depth: c.depth, earned: totals[i] ?? asFixed(0),
      raw: raw[i] ?? 0, provisional: prov[i] ?? 0, cappedOff: capped[i] ?? 0,
      movedIn: ledger.movedIn[i] ?? 0, movedOut: ledger.movedOut[i] ?? 0,
      topics: topics[i]?.size ?? 0, records: records[i] ?? 0,
    }, limits.cats[i]));
  }
  let topicCount = 0;
  if (limits.total?.minTopics !== undefined) {
    const all = new Set<string>();
    for (const o of outcomes) all.add(o.topicKey);
    topicCount = all.size;
  }
  const total = result({
    id: TOTAL_ID, name: ledger.cp.total.name, parentId: null, depth: 0, earned: ledger.grandTotal(totals),
    raw: rawTop, provisional: provTop, cappedOff: cappedTop, movedIn: 0, movedOut: 0, topics: topicCount, records: outcomes.length,
  }, limits.total);
  return { categories, total };
}
