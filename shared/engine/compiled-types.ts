import type { Fixed, Ratio } from '../credits';
import type { Policy } from '../schemas/policy';
import type { TeacherStatus } from '../schemas/teacher-context';
import type { TrainingLevel } from '../schemas/record';
import type { Matcher } from './compile-condition';
import type { DayCache } from './dates';

/** A minimum/cap of one category or the total in one scope, amounts already exact. */
export interface CompiledLimit {
  min?: Fixed;
  cap?: Fixed;
  minTopics?: number;
  minRecords?: number;
  ruleId: string;
  source: string;
}

export interface CompiledCategory {
  index: number;
  id: string;
  name: string;
  /** Index of the parent, −1 for a top-level category. */
  parent: number;
  depth: number;
  /** Own id then ancestors' ids, for `category` conditions. */
  ancestorIds: string[];
  /** "专业科目 › 集中培训" */
  path: string;
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
  exclusions: (RuleRef & { match: Matcher; message: string })[];
}

/** A policy turned into fast matchers and exact numbers, once. */
export interface CompiledPolicyData {
  policy: Policy;
  categories: CompiledCategory[];
  byId: ReadonlyMap<string, number>;
  classify: (RuleRef & { category: number; match: Matcher })[];
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
}
