import type { Fixed } from '../credits';
import type { ExclusionReason, ExplanationStep } from '../schemas/progress-report';
import type { CreditRecord } from '../schemas/record';
import type { RecordDecision } from './compiled-types';

/** What the engine decided about one record before any category-level rule. */
export interface RecordOutcome {
  record: CreditRecord;
  /** Position in chronological order (end date, start date, id): caps keep the earliest. */
  order: number;
  endKey: number;
  /** yyyymmdd of the start date; −1 until a tie on end dates needs it. */
  startKey: number;
  year: number | null;
  provisional: boolean;
  /** Category index, −1 when not classified. */
  category: number;
  hours: Fixed;
  /** Credits after conversion, bonuses and per-record cap; 0 when excluded. */
  credits: Fixed;
  reason: ExclusionReason | null;
  /** Explanation chain; null when computing without detail. */
  steps: ExplanationStep[] | null;
  /** Counted after year caps; filled by the year pass. */
  countedInYear: Fixed;
  /** Counted after cycle caps; filled by the cycle pass. */
  countedInCycle: Fixed;
  /** What the policy's conditions say about the record; null when it failed the gate. */
  decision: RecordDecision | null;
}

/** Context of one compute call. */
export interface EvalContext {
  teacherId: string;
  asOfKey: number;
  includePending: boolean;
  explain: boolean;
}

/** Adds a step when explanations are being built. */
export function pushStep(o: RecordOutcome, step: ExplanationStep): void {
  o.steps?.push(step);
}
