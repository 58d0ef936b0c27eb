import { z } from 'zod';
import { fixedSchema } from '../credits/fixed';
import { recordStatuses } from './record';

/**
 * What the engine says about one teacher under one policy. All amounts are
 * integers of 1/`scale` 学分 (or 学时 where the field says hours); format them
 * with `formatAmount`. Every figure names the rule and the document sentence
 * behind it.
 */

/** Where a figure applies: one record, one year, or the whole cycle. */
export const stepScopes = ['record', 'year', 'cycle'] as const;

/** One link of a record's explanation chain. */
export const explanationStepSchema = z.object({
  kind: z.enum(['classify', 'convert', 'bonus', 'record-cap', 'cap', 'move', 'composite', 'exclude', 'note']),
  scope: z.enum(stepScopes),
  /** Year the step belongs to (year scope), else null. */
  year: z.number().int().nullable(),
  ruleId: z.string(),
  /** Chinese, e.g. "24 学时 × 1.3 = 31.2 学分". */
  text: z.string(),
  /** The policy document's sentence behind the rule. */
  source: z.string(),
  /** Amount after (convert/bonus) or moved/trimmed (cap/move), else null. */
  amount: fixedSchema.nullable(),
});

/** Why a record earns nothing. */
export const exclusionReasonSchema = z.object({
  code: z.enum([
    'WRONG_TEACHER', 'NOT_APPROVED', 'NOT_FINISHED', 'OUT_OF_PERIOD', 'EXCLUDED_BY_RULE', 'UNCLASSIFIED',
    'FAILED', 'COMPOSITE_MISSING', 'COMPOSITE_FAILED', 'NO_CERTIFICATE', 'NO_CONVERSION',
  ]),
  message: z.string(),
  ruleId: z.string().nullable(),
  source: z.string().nullable(),
});

/** A record as the engine saw it. */
export const recordExplanationSchema = z.object({
  recordId: z.string(),
  title: z.string(),
  recordStatus: z.enum(recordStatuses),
  /** true when the record earns credits (possibly provisionally). */
  counted: z.boolean(),
  /** Counted only because `includePending` was asked: "if approved". */
  provisional: z.boolean(),
  year: z.number().int().nullable(),
  categoryId: z.string().nullable(),
  categoryName: z.string().nullable(),
  hours: fixedSchema,
  /** Credits after conversion, bonuses and per-record cap, before category caps and moves. */
  credits: fixedSchema,
  /** What still counts in its year after caps (moves only relabel the category). */
  countedInYear: fixedSchema,
  /** What counts in the cycle after caps; null without a cycle. */
  countedInCycle: fixedSchema.nullable(),
  reason: exclusionReasonSchema.nullable(),
  steps: z.array(explanationStepSchema),
});

/**
 * A 专题 or record count. `decides`: part of the row's 达标; false — a target
 * shown with its shortfall (in `verdict.goals`) that does not decide 达标.
 */
const countCheckSchema = z.object({ count: z.number().int(), required: z.number().int(), met: z.boolean(), decides: z.boolean() });

/** One category (or the total) in one scope. */
export const requirementResultSchema = z.object({
  id: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
  depth: z.number().int(),
  /** Counted after caps and moves. */
  earned: fixedSchema,
  /** Before caps and moves. */
  raw: fixedSchema,
  /** Part of `earned` that comes from pending records (includePending). */
  provisional: fixedSchema,
  required: fixedSchema.nullable(),
  cap: fixedSchema.nullable(),
  shortfall: fixedSchema,
  cappedOff: fixedSchema,
  movedIn: fixedSchema,
  movedOut: fixedSchema,
  topics: countCheckSchema.nullable(),
  records: countCheckSchema.nullable(),
  met: z.boolean(),
  /** 0–100, for progress bars; 100 when nothing is required. */
  percent: z.number().int().min(0).max(100),
  ruleId: z.string().nullable(),
  source: z.string().nullable(),
});

/**
 * How a year or the cycle stands. `untracked`: the policy requires nothing in
 * this scope (no minimum, 专题 or record count on the total or any category:
 * 武定's cycle only adds up the three years); its figures are shown, `met` is
 * true because nothing is missing, and the verdict does not look at it.
 */
export const scopeStatuses = ['met', 'in-progress', 'not-met', 'upcoming', 'untracked'] as const;

export type ScopeStatus = (typeof scopeStatuses)[number];

/** Chinese label of each scope status, for tables and cards. */
export const scopeStatusLabels: Readonly<Record<ScopeStatus, string>> = {
  met: '已达标',
  'in-progress': '进行中',
  'not-met': '未达标',
  upcoming: '未开始',
  untracked: '只统计，不设要求',
};

/** A year or the cycle. */
export const scopeReportSchema = z.object({
  scope: z.enum(['year', 'cycle']),
  year: z.number().int().nullable(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  status: z.enum(scopeStatuses),
  /** false when nothing is required here (status `untracked`). */
  hasRequirements: z.boolean(),
  met: z.boolean(),
  /** asOf is past the scope's last day. */
  closed: z.boolean(),
  total: requirementResultSchema,
  categories: z.array(requirementResultSchema),
  /** Teacher-status rules that changed this scope's requirements (永吉 哺乳期). */
  adjustments: z.array(z.object({ ruleId: z.string(), name: z.string(), source: z.string() })),
});

/** A figure tracked across categories (数字化 ≥ 30 学时, 适岗 ≥ 30 学分). */
export const targetResultSchema = z.object({
  id: z.string(),
  name: z.string(),
  scope: z.enum(['year', 'cycle', 'after-hire']),
  year: z.number().int().nullable(),
  measure: z.enum(['hours', 'credits', 'records']),
  /** Fixed units for hours/credits; a plain count for records. */
  achieved: z.number().int(),
  required: z.number().int(),
  met: z.boolean(),
  affectsVerdict: z.boolean(),
  window: z.object({ from: z.string(), to: z.string() }).nullable(),
  note: z.string().nullable(),
  source: z.string(),
});

/** One thing still missing, for the verdict line and reminders. */
export const shortfallSchema = z.object({
  scope: z.enum(['year', 'cycle', 'after-hire']),
  year: z.number().int().nullable(),
  id: z.string(),
  name: z.string(),
  kind: z.enum(['credits', 'hours', 'topics', 'records']),
  /** Fixed units for credits/hours; a count for topics/records. */
  missing: z.number().int(),
  text: z.string(),
});

export const progressReportSchema = z.object({
  policyId: z.string(),
  policyVersion: z.number().int(),
  policyName: z.string(),
  teacherId: z.string(),
  asOf: z.string(),
  scale: z.number().int(),
  /** Some figures include pending records ("if approved"). */
  provisional: z.boolean(),
  verdict: z.object({
    met: z.boolean(),
    status: z.enum(['met', 'in-progress', 'not-met']),
    summary: z.string(),
    /** What keeps 达标 from being reached (empty when met). */
    shortfalls: z.array(shortfallSchema),
    /**
     * Targets not yet reached that do not decide 达标: 专题 / record counts
     * the policy marks as targets (通榆 专题), and targets with
     * `affectsVerdict: false` (通榆 数字化 30 学时). Shown, never deciding.
     */
    goals: z.array(shortfallSchema),
  }),
  years: z.array(scopeReportSchema),
  cycle: scopeReportSchema.nullable(),
  targets: z.array(targetResultSchema),
  /** Per record; empty when computed with detail "summary". */
  records: z.array(recordExplanationSchema),
  counts: z.object({ records: z.number().int(), counted: z.number().int(), excluded: z.number().int() }),
});

export type ProgressReport = z.infer<typeof progressReportSchema>;
export type ScopeReport = z.infer<typeof scopeReportSchema>;
export type RequirementResult = z.infer<typeof requirementResultSchema>;
export type RecordExplanation = z.infer<typeof recordExplanationSchema>;
export type ExplanationStep = z.infer<typeof explanationStepSchema>;
export type ExclusionReason = z.infer<typeof exclusionReasonSchema>;
export type ExclusionCode = ExclusionReason['code'];
export type TargetResult = z.infer<typeof targetResultSchema>;
export type Shortfall = z.infer<typeof shortfallSchema>;
