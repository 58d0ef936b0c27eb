import { z } from 'zod';
import {
  awardGrades, contentKinds, locations, participantRoles, trainingForms, trainingLevels, tracks,
} from './record';

/** A list of allowed values: the field matches when its value is one of them. */
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.array(z.enum(values)).min(1);

/** As {@link oneOf}, but `null` in the list also matches a record that leaves the field empty. */
const oneOfOrEmpty = <T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values).nullable()).min(1);

const tagList = z.array(z.string().trim().min(1).max(20)).min(1);

/**
 * A declarative test over a record's fields, like a json-rules-engine
 * condition. Keys inside one object must ALL hold; values inside one list are
 * alternatives; `any` holds when one of its conditions holds; `not` negates.
 *
 * Example (永吉 县级及以上集中): `{ "form": ["集中"], "level": ["国家","省","市","县"] }`.
 */
export interface PolicyCondition {
  form?: (typeof trainingForms)[number][];
  level?: (typeof trainingLevels)[number][];
  location?: (typeof locations)[number][];
  content?: ((typeof contentKinds)[number] | null)[];
  track?: ((typeof tracks)[number] | null)[];
  role?: (typeof participantRoles)[number][];
  /** Grade of the record's award; `null` matches a record without an award. */
  awardGrade?: ((typeof awardGrades)[number] | null)[];
  awardLevel?: (typeof trainingLevels)[number][];
  /** At least one of these tags. */
  tagsAny?: string[];
  /** None of these tags. */
  tagsNone?: string[];
  /** The record cites one of these catalogue projects (建安 project refs). */
  projectRef?: string[];
  /** The record was classified into one of these categories (or a sub-category). Not usable in classify rules. */
  category?: string[];
  any?: PolicyCondition[];
  not?: PolicyCondition;
}

/** Zod schema of {@link PolicyCondition}. Unknown keys are refused (UNKNOWN_FIELD). */
export const policyConditionSchema: z.ZodType<PolicyCondition> = z.lazy(() =>
  z.strictObject({
    form: oneOf(trainingForms).optional(),
    level: oneOf(trainingLevels).optional(),
    location: oneOf(locations).optional(),
    content: oneOfOrEmpty(contentKinds).optional(),
    track: oneOfOrEmpty(tracks).optional(),
    role: oneOf(participantRoles).optional(),
    awardGrade: oneOfOrEmpty(awardGrades).optional(),
    awardLevel: oneOf(trainingLevels).optional(),
    tagsAny: tagList.optional(),
    tagsNone: tagList.optional(),
    projectRef: z.array(z.string().trim().min(1).max(60)).min(1).optional(),
    category: z.array(z.string().min(1)).min(1).optional(),
    any: z.array(policyConditionSchema).min(1).optional(),
    not: policyConditionSchema.optional(),
  }),
);
