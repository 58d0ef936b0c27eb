import { z } from 'zod';
import { policyConditionSchema } from './policy-condition';
import { isoDate, trainingLevels } from './record';
import { teacherStatusSchema } from './teacher-context';
import { deadlineSchema, requirementUnits, ruleIdSchema, ruleSourceSchema } from './policy-parts';

export { deadlineSchema, requirementUnits, ruleIdSchema, ruleSourceSchema } from './policy-parts';

/**
 * A county's credit policy as DATA. Every rule carries an `id` (named in each
 * explanation step) and a `source`: the sentence of the county document it
 * encodes, quoted in Chinese. Shape is checked here; cross-references
 * (unknown category, cap below minimum…) are checked by `loadPolicy`.
 */

/** An amount of credits/hours: number or decimal string, ≤ 5 decimals, ≥ 0 (checked on load). */
export const policyAmountSchema = z.union([z.number(), z.string()]);
/** A coefficient: decimal string "1.3", number, or exact fraction {num, den}. */
export const coefficientSchema = z.union([
  z.string(), z.number(), z.strictObject({ num: z.number().int(), den: z.number().int() }),
]);
export const scopes = ['year', 'cycle'] as const;
export const scopeSchema = z.enum(scopes);

/** Minimums and caps of one category (or the total) in one scope. */
export const limitSchema = z.strictObject({
  min: policyAmountSchema.optional(),
  cap: policyAmountSchema.optional(),
  /** Distinct 专题 required (通榆: 集中 ≥ 5 专题). */
  minTopics: z.number().int().min(0).optional(),
  /** Counted records required (武定: the year's 全员培训 passed once). */
  minRecords: z.number().int().min(0).optional(),
  source: ruleSourceSchema,
  /**
   * What the 专题 / record count above does: `verdict` — part of 达标 (the row
   * is met only when the count is reached); `target` — shown with its
   * shortfall but not deciding 达标 (通榆: 「年度总学分90分为达标」). Absent
   * means `verdict`. `source` quotes the sentence that decides.
   */
  counts: z.strictObject({ role: z.enum(['verdict', 'target']), source: ruleSourceSchema }).optional(),
});

export const limitsByScopeSchema = z.strictObject({ year: limitSchema.optional(), cycle: limitSchema.optional() });

/** A node of the category tree (专业 ⊃ 集中/校本/自主). */
export const categorySchema = z.strictObject({
  id: ruleIdSchema,
  name: z.string().trim().min(1),
  parent: ruleIdSchema.optional(),
  limits: limitsByScopeSchema.optional(),
});

export const periodSchema = z.strictObject({
  /** Records count when they END on or between these dates. */
  start: isoDate,
  end: isoDate,
  /** Reporting years, consecutive. */
  years: z.array(z.number().int().min(2000).max(2100)),
  cycle: z.strictObject({
    startYear: z.number().int().min(2000).max(2100),
    endYear: z.number().int().min(2000).max(2100),
    name: z.string().optional(),
  }).optional(),
  source: ruleSourceSchema,
  /**
   * The period repeats back to back (永吉: five-year cycles 「自2018年起」):
   * instance k covers the years shifted by k × years.length, dates and
   * names shifted alike. `until`: the last year an instance may cover.
   */
  recurrence: z.strictObject({
    until: z.number().int().min(2000).max(2100).optional(),
    source: ruleSourceSchema,
  }).optional(),
  /** Years this period was moved from the document's own dates (recurrence or roll-over); absent = as written. */
  shiftedBy: z.number().int().optional(),
});

const ruleBase = { id: ruleIdSchema, source: ruleSourceSchema, note: z.string().optional() };

export const classifyRuleSchema = z.strictObject({ ...ruleBase, category: ruleIdSchema, when: policyConditionSchema });

export const conversionRuleSchema = z.strictObject({
  ...ruleBase,
  when: policyConditionSchema,
  /** 学分 = 学时 × coefficient (永吉). */
  coefficient: coefficientSchema.optional(),
  /** 学分 = 学时 ÷ hoursPerCredit (霍尔果斯 集中 4). */
  hoursPerCredit: coefficientSchema.optional(),
  /** Upper bound of one record's credits after bonuses. */
  maxCreditsPerRecord: policyAmountSchema.optional(),
});

const bonusBase = { ...ruleBase, name: z.string().trim().min(1), when: policyConditionSchema };
/** Extra hours by the award's level, converted like the record (通榆 5/4/3/2/1). */
const addHoursBonus = z.strictObject({
  ...bonusBase, kind: z.literal('add-hours'),
  hoursByAwardLevel: z.partialRecord(z.enum(trainingLevels), policyAmountSchema),
});
/** A percentage of the record's base credits (永吉 +20 %, 霍尔果斯 +15 %). */
const percentBonus = z.strictObject({ ...bonusBase, kind: z.literal('percent'), percent: coefficientSchema });
/** A multiple of the base credits (霍尔果斯 主讲 +2 倍). */
const multipleBonus = z.strictObject({ ...bonusBase, kind: z.literal('multiple'), times: coefficientSchema });
export const bonusRuleSchema = z.discriminatedUnion('kind', [addHoursBonus, percentBonus, multipleBonus]);

/** Excess of `from` (above its minimum) fills shortfalls of `to`, in order. */
export const substitutionSchema = z.strictObject({
  ...ruleBase,
  from: ruleIdSchema,
  to: z.array(ruleIdSchema),
  /** Only credits of records matching this may move (永吉 县级及以上集中). */
  fromWhen: policyConditionSchema.optional(),
  scopes: z.array(scopeSchema).min(1),
  /** Only for teachers holding one of these statuses (永吉 高中/特教). */
  statuses: z.array(teacherStatusSchema).min(1).optional(),
});

/** Id standing for the overall total in status overrides. */
export const TOTAL_ID = 'total';

export const statusOverrideSchema = z.strictObject({
  /** A category id, or "total". */
  category: z.string().min(1),
  scope: scopeSchema,
  min: policyAmountSchema.optional(),
  cap: policyAmountSchema.optional(),
  minTopics: z.number().int().min(0).optional(),
  minRecords: z.number().int().min(0).optional(),
});

/** A teacher status that changes requirements (永吉 产假/哺乳期 → 12 校本). */
export const statusRuleSchema = z.strictObject({
  ...ruleBase,
  status: teacherStatusSchema,
  name: z.string().trim().min(1),
  overrides: z.array(statusOverrideSchema),
  /**
   * How a status held in some years changes cycle minimums: each year's
   * lowered minimum lowers the cycle minimum by the same amount, or not at all.
   */
  cycleAdjustment: z.enum(['reduce-by-year-difference', 'none']).default('reduce-by-year-difference'),
});

export const eligibilitySchema = z.strictObject({
  /** Records assessed 不合格 earn nothing. */
  requirePassed: z.strictObject({ ...ruleBase }).optional(),
  /** Records (matching `when`) without a 结业证书 earn nothing. */
  certificate: z.strictObject({ ...ruleBase, when: policyConditionSchema.optional() }).optional(),
  /** Two-part assessment: online × w1 + offline × w2; both parts must pass. */
  composite: z.strictObject({
    ...ruleBase,
    when: policyConditionSchema,
    onlineWeight: coefficientSchema,
    offlineWeight: coefficientSchema,
    passScore: z.number().min(0).max(100),
  }).optional(),
  exclusions: z.array(z.strictObject({ ...ruleBase, when: policyConditionSchema, message: z.string().trim().min(1) })).default([]),
});

/** A figure tracked across categories (通榆 数字化 ≥ 30 学时; 霍尔果斯 适岗 ≥ 30). */
export const targetSchema = z.strictObject({
  ...ruleBase,
  name: z.string().trim().min(1),
  when: policyConditionSchema,
  measure: z.enum(['hours', 'credits', 'records']),
  min: policyAmountSchema,
  scope: z.enum(['year', 'cycle', 'after-hire']),
  /** Window length for scope "after-hire". */
  months: z.number().int().positive().optional(),
  statuses: z.array(teacherStatusSchema).min(1).optional(),
  /** false = shown as a goal only; true = part of the pass verdict. */
  affectsVerdict: z.boolean(),
});

/** A training project of the county's plan that a record may cite (建安 14 projects). */
export const projectSchema = z.strictObject({
  ref: z.string().trim().min(1).max(60),
  name: z.string().trim().min(1),
  headcount: z.string().optional(),
  modes: z.array(z.string()).default([]),
  month: z.string().optional(),
  note: z.string().optional(),
});

export const policyNoteSchema = z.strictObject({ topic: z.string().min(1), choice: z.string().min(1), source: ruleSourceSchema });

export const policySchema = z.strictObject({
  id: ruleIdSchema,
  name: z.string().trim().min(1),
  region: z.strictObject({ province: z.string().min(1), city: z.string().optional(), county: z.string().min(1) }),
  source: z.strictObject({ title: z.string().min(1), issuer: z.string().min(1), issuedOn: z.string().optional(), file: z.string().optional() }),
  version: z.number().int().positive(),
  period: periodSchema,
  categories: z.array(categorySchema).min(1),
  total: z.strictObject({ name: z.string().default('总学分'), year: limitSchema.optional(), cycle: limitSchema.optional() }),
  classify: z.array(classifyRuleSchema).min(1),
  unclassifiedMessage: z.string().default('不属于本政策的任何类别'),
  conversion: z.array(conversionRuleSchema).min(1),
  bonuses: z.array(bonusRuleSchema).default([]),
  substitutions: z.array(substitutionSchema).default([]),
  statusRules: z.array(statusRuleSchema).default([]),
  eligibility: eligibilitySchema.default({ exclusions: [] }),
  targets: z.array(targetSchema).default([]),
  projects: z.array(projectSchema).default([]),
  /** Which verdicts make the overall pass. */
  verdict: z.enum(['years', 'cycle', 'cycle-and-years']),
  notes: z.array(policyNoteSchema).default([]),
  /** Dates the document sets for handing in (optional; shown with shortfalls). */
  deadlines: z.array(deadlineSchema).optional(),
  /** How the document words its minimums (通榆: 公需科目≥30学时); default 学分. */
  requirementUnit: z.enum(requirementUnits).optional(),
});

export type Policy = z.infer<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;
export type PolicyCategory = z.infer<typeof categorySchema>;
export type PolicyLimit = z.infer<typeof limitSchema>;
export type ClassifyRule = z.infer<typeof classifyRuleSchema>;
export type ConversionRule = z.infer<typeof conversionRuleSchema>;
export type BonusRule = z.infer<typeof bonusRuleSchema>;
export type SubstitutionRule = z.infer<typeof substitutionSchema>;
export type StatusRule = z.infer<typeof statusRuleSchema>;
export type PolicyTarget = z.infer<typeof targetSchema>;
export type PolicyProject = z.infer<typeof projectSchema>;
export type PolicyDeadline = z.infer<typeof deadlineSchema>;
export type Scope = (typeof scopes)[number];
export type PolicyPeriod = z.infer<typeof periodSchema>;
export { policyConditionSchema, type PolicyCondition } from './policy-condition';
