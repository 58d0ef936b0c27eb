import type { Fixed } from '../credits/fixed';
import type { CompiledLimit, CompiledPolicyData } from './compiled-types';
import type { RecordOutcome } from './record-outcome';

/** A piece of one record's credits sitting in one category of one scope. */
export interface Alloc {
  o: RecordOutcome;
  /** Category index the piece sits in. */
  cat: number;
  amount: number;
  /** Arrived by a substitution: never moved again. */
  moved: boolean;
}

/** Minimums and caps in force for one scope (after teacher statuses). */
export interface ScopeLimits {
  cats: (CompiledLimit | undefined)[];
  total: CompiledLimit | undefined;
  /** Status rules that changed something here, for notes. */
  applied: { ruleId: string; name: string; source: string }[];
  /** Statuses the teacher holds in this scope. */
  statuses: ReadonlySet<string>;
}

/**
 * Which record's credits sit in which category, for one year or the cycle.
 * Caps trim pieces, substitutions move them; amounts only ever move or shrink,
 * so the figures stay sums of record figures (exact integers).
 */
export class Ledger {
  readonly direct: Alloc[][];
  /** Trimmed by caps, booked where the trimmed piece sat (ancestors add it up later). */
  readonly cappedOff: number[];
  readonly movedIn: number[];
  readonly movedOut: number[];

  /** `cycle`: start from what each year kept after its caps, else from the record's credits. */
  constructor(readonly cp: CompiledPolicyData, outcomes: readonly RecordOutcome[], cycle: boolean) {
    const n = cp.categories.length;
    const direct: Alloc[][] = [];
    for (let i = 0; i < n; i += 1) direct.push([]);
    this.direct = direct;
    this.cappedOff = new Array<number>(n).fill(0);
    this.movedIn = new Array<number>(n).fill(0);
    this.movedOut = new Array<number>(n).fill(0);
    for (const o of outcomes) {
      direct[o.category]?.push({ o, cat: o.category, amount: cycle ? o.countedInYear : o.credits, moved: false });
    }
  }

  /** Counted credits of every category, its sub-categories included. */
  totals(): Fixed[] {
    const cats = this.cp.categories;
    const t: number[] = [];
    for (const list of this.direct) {
      let s = 0;
      for (const a of list) s += a.amount;
      t.push(s);
    }
    for (let i = cats.length - 1; i >= 0; i -= 1) {
      const parent = cats[i]?.parent ?? -1;
      if (parent >= 0) t[parent] = (t[parent] ?? 0) + (t[i] ?? 0);
    }
    // sums of at most a teacher's records: far inside the safe-integer range
    return t as Fixed[];
  }

  /** Sum of the top-level categories. */
  grandTotal(totals: readonly Fixed[]): Fixed {
    let s = 0;
    for (const c of this.cp.categories) {
      if (c.parent < 0) s += totals[c.index] ?? 0;
    }
    return s as Fixed;
  }

  /** Pieces in a category and its sub-categories, latest record first. */
  latestFirst(cat: number): Alloc[] {
    const sub = cat < 0 ? this.cp.categories.map((c) => c.index) : (this.cp.categories[cat]?.subtree ?? []);
    const out: Alloc[] = [];
    for (const i of sub) out.push(...(this.direct[i] ?? []));
    return out.sort((a, b) => b.o.order - a.o.order || Number(a.moved) - Number(b.moved));
  }
}
