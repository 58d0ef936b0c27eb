import type { Fixed } from '../credits';
import type { CompiledSubstitution } from './compiled-types';
import type { Alloc, Ledger, ScopeLimits } from './ledger';
import { pushStep } from './record-outcome';
import { credits } from './text';

interface MoveCtx {
  ledger: Ledger;
  limits: ScopeLimits;
  rule: CompiledSubstitution;
  totals: Fixed[];
}

const minOf = (m: MoveCtx, cat: number): number => m.limits.cats[cat]?.min ?? 0;

/** Unmoved pieces sit in their record's own category, so the record's decision answers `fromWhen`. */
function movable(m: MoveCtx, a: Alloc): boolean {
  return !a.moved && a.amount > 0 && a.o.decision?.fromMatch[m.rule.index] === true;
}

/**
 * How much may leave `cat` without dropping it, or any sub-category, below
 * its own minimum: 必修 excess must not eat into 数字素养's 10.
 */
function available(m: MoveCtx, cat: number): number {
  const c = m.ledger.cp.categories[cat];
  if (!c) return 0;
  let a = 0;
  for (const piece of m.ledger.direct[cat] ?? []) if (movable(m, piece)) a += piece.amount;
  for (const ch of c.children) a += available(m, ch);
  return Math.min(a, Math.max(0, (m.totals[cat] ?? 0) - minOf(m, cat)));
}

/** Takes `amount` out of `cat` (own records latest first, then sub-categories) into `target`. */
function take(m: MoveCtx, cat: number, amount: number, target: number, say: (o: Alloc, n: number, from: number) => void): number {
  let left = amount;
  const own = (m.ledger.direct[cat] ?? []).filter((a) => movable(m, a)).sort((x, y) => y.o.order - x.o.order);
  for (const a of own) {
    if (left <= 0) break;
    const n = Math.min(a.amount, left);
    a.amount -= n;
    left -= n;
    m.ledger.direct[target]?.push({ o: a.o, cat: target, amount: n, moved: true });
    say(a, n, cat);
  }
  for (const ch of m.ledger.cp.categories[cat]?.children ?? []) {
    if (left <= 0) break;
    left -= take(m, ch, Math.min(left, available(m, ch)), target, say);
  }
  return amount - left;
}

/**
 * Books a moved piece on every category it leaves or enters: a category's
 * movedOut is what left its subtree, movedIn what came into it. Moving between
 * two children of one parent leaves the parent's figures alone.
 */
function book(ledger: Ledger, from: number, to: number, n: number): void {
  const cats = ledger.cp.categories;
  const toIds = cats[to]?.ancestorIds ?? [];
  const fromIds = cats[from]?.ancestorIds ?? [];
  for (let c = from; c >= 0; c = cats[c]?.parent ?? -1) {
    if (!toIds.includes(cats[c]?.id ?? '')) ledger.movedOut[c] = (ledger.movedOut[c] ?? 0) + n;
  }
  for (let c = to; c >= 0; c = cats[c]?.parent ?? -1) {
    if (!fromIds.includes(cats[c]?.id ?? '')) ledger.movedIn[c] = (ledger.movedIn[c] ?? 0) + n;
  }
}

/**
 * Substitutions in policy order: the excess of `from` above its minimum fills
 * each `to` category's shortfall, in the order listed, never beyond a cap.
 * Moves relabel credits; the total never changes.
 */
export function applySubstitutions(ledger: Ledger, limits: ScopeLimits, scope: 'year' | 'cycle', year: number | null, scopeText: string): void {
  const cats = ledger.cp.categories;
  for (const rule of ledger.cp.substitutions) {
    if (!rule.scopes.has(scope)) continue;
    if (rule.statuses && ![...rule.statuses].some((s) => limits.statuses.has(s))) continue;
    let totals: Fixed[] | null = null;
    for (const target of rule.to) {
      const lim = limits.cats[target];
      if (lim?.min === undefined || lim.min === 0) continue; // nothing can be short
      totals ??= ledger.totals();
      const m: MoveCtx = { ledger, limits, rule, totals };
      const have = totals[target] ?? 0;
      const need = Math.max(0, lim.min - have);
      const room = lim.cap === undefined ? need : Math.min(need, lim.cap - have);
      if (room <= 0) continue;
      const amount = Math.min(room, available(m, rule.from));
      if (amount <= 0) continue;
      const from = cats[rule.from]?.name ?? '';
      const to = cats[target]?.name ?? '';
      take(m, rule.from, amount, target, (a, n, sat) => {
        book(ledger, sat, target, n);
        if (a.o.steps) {
          pushStep(a.o, {
            kind: 'move', scope, year, ruleId: rule.ruleId, source: rule.source, amount: n as Fixed,
            text: `${scopeText}「${from}」超出部分中 ${credits(n as Fixed)} 转入「${to}」`,
          });
        }
      });
      totals = null; // figures changed: re-read before the next target
    }
  }
}
