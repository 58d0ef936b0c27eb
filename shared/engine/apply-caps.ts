import type { Fixed } from '../credits';
import type { CompiledLimit } from './compiled-types';
import type { Ledger, ScopeLimits } from './ledger';
import { pushStep } from './record-outcome';
import { credits } from './text';

function trim(ledger: Ledger, cat: number, over: number, limit: CompiledLimit, label: string, scope: 'year' | 'cycle', year: number | null): void {
  let left = over;
  for (const a of ledger.latestFirst(cat)) {
    if (left <= 0) break;
    const take = Math.min(a.amount, left);
    if (take <= 0) continue;
    const before = a.amount;
    a.amount -= take;
    left -= take;
    ledger.cappedOff[a.cat] = (ledger.cappedOff[a.cat] ?? 0) + take;
    if (!a.o.steps) continue; // summary: no explanation text to build
    pushStep(a.o, {
      kind: 'cap', scope, year, ruleId: limit.ruleId, source: limit.source, amount: take as Fixed,
      text: `${label}最多计 ${credits(limit.cap as Fixed)}：本条 ${credits(before as Fixed)} 中 ${credits(take as Fixed)} 不计入`,
    });
  }
}

/**
 * Caps, innermost category first, then the total. Earlier records fill a cap
 * first; the latest ones lose the excess, and their explanation says so
 * ("校本研修不超过24学分").
 */
export function applyCaps(ledger: Ledger, limits: ScopeLimits, scope: 'year' | 'cycle', year: number | null, scopeText: string): void {
  const cats = ledger.cp.categories;
  for (let i = cats.length - 1; i >= 0; i -= 1) {
    const limit = limits.cats[i];
    if (limit?.cap === undefined) continue;
    const have = ledger.totals()[i] ?? 0;
    if (have > limit.cap) {
      trim(ledger, i, have - limit.cap, limit, `${scopeText}「${cats[i]?.name}」`, scope, year);
    }
  }
  const total = limits.total;
  if (total?.cap !== undefined) {
    const have = ledger.grandTotal(ledger.totals());
    if (have > total.cap) {
      trim(ledger, -1, have - total.cap, total, `${scopeText}总计`, scope, year);
    }
  }
}
