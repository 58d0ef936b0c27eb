import { asFixed, type Fixed } from '../credits';
import { TOTAL_ID } from '../schemas/policy';
import type { RequirementResult } from '../schemas/progress-report';
import type { CompiledLimit } from './compiled-types';
import type { Ledger, ScopeLimits } from './ledger';
import type { RecordOutcome } from './record-outcome';

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
 * checked against its minimum, topic count and record count.
 */
export function scopeResults(
  ledger: Ledger, limits: ScopeLimits, outcomes: readonly RecordOutcome[], rawOf: (o: RecordOutcome) => Fixed,
): { categories: RequirementResult[]; total: RequirementResult } {
  const cats = ledger.cp.categories;
  const totals = ledger.totals();
  const n = cats.length;
  const raw = new Array<number>(n).fill(0);
  const prov = new Array<number>(n).fill(0);
  const topics = cats.map(() => new Set<string>());
  const records = new Array<number>(n).fill(0);
  for (const o of outcomes) {
    for (let c = o.category; c >= 0; c = cats[c]?.parent ?? -1) {
      raw[c] = (raw[c] ?? 0) + rawOf(o);
      topics[c]?.add(o.topicKey);
      records[c] = (records[c] ?? 0) + 1;
    }
  }
  ledger.direct.forEach((list, cat) => {
    for (const a of list) {
      if (!a.o.provisional) continue;
      for (let c = cat; c >= 0; c = cats[c]?.parent ?? -1) prov[c] = (prov[c] ?? 0) + a.amount;
    }
  });
  const categories = cats.map((c) => result({
    id: c.id, name: c.name, parentId: cats[c.parent]?.id ?? null, depth: c.depth, earned: totals[c.index] ?? asFixed(0),
    raw: raw[c.index] ?? 0, provisional: prov[c.index] ?? 0, cappedOff: ledger.cappedOff[c.index] ?? 0,
    movedIn: ledger.movedIn[c.index] ?? 0, movedOut: ledger.movedOut[c.index] ?? 0,
    topics: topics[c.index]?.size ?? 0, records: records[c.index] ?? 0,
  }, limits.cats[c.index]));
  const top = cats.filter((c) => c.parent < 0).map((c) => c.index);
  const sumTop = (arr: readonly number[]): number => top.reduce((s, i) => s + (arr[i] ?? 0), 0);
  const total = result({
    id: TOTAL_ID, name: ledger.cp.total.name, parentId: null, depth: 0, earned: ledger.grandTotal(totals),
    raw: sumTop(raw), provisional: sumTop(prov), cappedOff: ledger.cappedOff.reduce((s, x) => s + x, ledger.totalCappedOff),
    movedIn: 0, movedOut: 0, topics: new Set(outcomes.map((o) => o.topicKey)).size, records: outcomes.length,
  }, limits.total);
  return { categories, total };
}
