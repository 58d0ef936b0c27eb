import type { Fixed, Ratio } from '../credits';
import type { Policy } from '../schemas/policy';
import type { TeacherStatus } from '../schemas/teacher-context';
import type { TrainingLevel } from '../schemas/record';
import type { Matcher } from './compile-condition';
import type { DayCache } from './dates';
import type { IntTable } from './int-table';
import type { Profiler } from './record-profile';

/** A minimum/cap of one category or the total in one scope, amounts already exact. */
export interface CompiledLimit {
  min?: Fixed;
  cap?: Fixed;
  minTopics?: number;
  minRecords?: number;
  /** Do the 专题 / record counts decide 达标 (`counts.role` verdict), or are they targets shown beside it? */
  countsDecide: boolean;
  /** The sentence that says so, when the policy names one. */
  countsSource: string | null;
  ruleId: string;
  source: string;
}

export interface CompiledCategory {
  index: number;
  id: string;
  name: string;
  /** Index of the parent, −1 for a top-level category. */
  parent: number;
  /** Id of the parent, null for a top-level category. */
  parentId: string | null;
  depth: number;
  /** Own id then ancestors' ids, for `category` conditions. */
  ancestorIds: string[];
  /** "专业科目 › 集中培训" */
  path: string;
  /** Explanation of classifying a record here: "归入「专业科目 › 集中培训」". */
  classifyText: string;
  children: number[];
  /** Own index and every descendant's. */
  subtree: number[];
  limits: { year?: CompiledLimit; cycle?: CompiledLimit };
}

interface RuleRef {
  ruleId: string;
  source: string;
}

export interface CompiledConversion extends RuleRef {
  match: Matcher;
  kind: 'coefficient' | 'per-credit';
  ratio: Ratio;
  /** As written in the policy, for explanations ("1.3", "4"). */
  text: string;
  maxCredits?: Fixed;
  /** Explanation texts by hours (fixed units), filled as records are met. */
  stepTexts: IntTable<string>;
}

export interface CompiledBonus extends RuleRef {
  name: string;
  match: Matcher;
  kind: 'add-hours' | 'percent' | 'multiple';
  byLevel: Map<TrainingLevel, Fixed>;
  ratio: Ratio;
  text: string;
}

export interface CompiledSubstitution extends RuleRef {
  /** Position in the policy's list, for {@link RecordDecision.fromMatch}. */
  index: number;
  from: number;
  to: number[];
  fromMatch: Matcher;
  scopes: ReadonlySet<'year' | 'cycle'>;
  statuses: ReadonlySet<TeacherStatus> | null;
}

export interface CompiledOverride {
  /** Category index, −1 for the total. */
  category: number;
  scope: 'year' | 'cycle';
  min?: Fixed;
  cap?: Fixed;
  minTopics?: number;
  minRecords?: number;
}

export interface CompiledStatusRule extends RuleRef {
  status: TeacherStatus;
  name: string;
  overrides: CompiledOverride[];
  reduceCycle: boolean;
}

export interface CompiledTarget extends RuleRef {
  name: string;
  match: Matcher;
  measure: 'hours' | 'credits' | 'records';
  /** Fixed units for hours/credits, a count for records. */
  min: number;
  scope: 'year' | 'cycle' | 'after-hire';
  months: number;
  statuses: ReadonlySet<TeacherStatus> | null;
  affectsVerdict: boolean;
}

export interface CompiledEligibility {
  requirePassed: RuleRef | null;
  certificate: (RuleRef & { match: Matcher }) | null;
  composite: (RuleRef & { match: Matcher; online: Ratio; offline: Ratio; onlineText: string; offlineText: string; passScore: Fixed }) | null;
  exclusions: CompiledExclusion[];
}

type CompiledClassify = RuleRef & { category: number; match: Matcher };
type CompiledExclusion = RuleRef & { match: Matcher; message: string };

/**
 * What every condition of the policy says about one record (shared by all
 * records of the same profile; never mutated).
 */
export interface RecordDecision {
  /** First exclusion rule that matches. */
  exclusion: CompiledExclusion | null;
  /** First classify rule that matches. */
  classify: CompiledClassify | null;
  /** The category's id and its ancestors' ids, innermost first; empty when unclassified. */
  ids: readonly string[];
  composite: boolean;
  certificate: boolean;
  /** First conversion rule that matches. */
  conversion: CompiledConversion | null;
  /** Matching bonus rules, in policy order. */
  bonuses: readonly CompiledBonus[];
  /** Per target, in policy order. */
  targets: readonly boolean[];
  /** Per substitution: may this record's credits move (its `fromWhen`)? */
  fromMatch: readonly boolean[];
}

/** A policy turned into fast matchers and exact numbers, once. */
export interface CompiledPolicyData {
  policy: Policy;
  categories: CompiledCategory[];
  byId: ReadonlyMap<string, number>;
  classify: CompiledClassify[];
  conversion: CompiledConversion[];
  bonuses: CompiledBonus[];
  substitutions: CompiledSubstitution[];
  statusRules: CompiledStatusRule[];
  eligibility: CompiledEligibility;
  targets: CompiledTarget[];
  total: { name: string; year?: CompiledLimit; cycle?: CompiledLimit };
  /** Years are consecutive (checked on load): first and last bound them. */
  period: { startKey: number; endKey: number; years: number[]; firstYear: number; lastYear: number; cycle: { startYear: number; endYear: number; name: string } | null };
  /** Catalogue project refs (建安), to flag records citing an unknown project. */
  projectRefs: ReadonlySet<string>;
  days: DayCache;
  /** Record → profile number, or null when the policy names too many values to profile. */
  profile: Profiler | null;
  /** Decisions by profile, filled as records are met. */
  decisions: IntTable<RecordDecision>;
  /** Some limit's 专题/record count is a target only (通榆): the verdict lists those gaps as goals. */
  countTargets: boolean;
  /** One zero per category; shared and never written (copied with slice()). */
  zeros: readonly number[];
}
