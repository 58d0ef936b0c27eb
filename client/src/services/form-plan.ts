import type { Policy } from '@shared/schemas/policy';
import type { PolicyCondition } from '@shared/schemas/policy-condition';
import { walkCondition } from '@shared/policies/condition-walk';
import { awardGrades, contentKinds, participantRoles, tracks } from '@shared/schemas/record';

/**
 * Which questions the form asks, derived from the county's policy data alone: a field is
 * asked only when some rule of the policy looks at it (no per-county branches). E.g.
 * 通榆 asks 公需/专业, 专题 and the 数字化 tag; 霍尔果斯 必修/选修/校本, 考核等次 and 主讲;
 * 武定 the online/offline scores; 建安 the catalogue project; 永吉 县内/县外 and 结业证书.
 */
export interface FormPlan {
  content: readonly (typeof contentKinds)[number][] | null;
  track: readonly (typeof tracks)[number][] | null;
  location: boolean;
  role: boolean;
  /** Award grades a rule rewards (优秀 / 良好); null = not asked. */
  awardGrades: readonly (typeof awardGrades)[number][] | null;
  /** Tags a rule looks for, offered as 「这次培训属于」 choices. */
  tags: string[];
  /** A limit counts distinct 专题. */
  topic: boolean;
  /** The county's project catalogue (建安). */
  projects: { ref: string; name: string }[];
  /** Two-part assessment asked when the record matches `when` (武定). */
  composite: { when: PolicyCondition; passScore: number } | null;
  /** Records need a 结业证书 to count (永吉, 武定). */
  certificate: boolean;
  /** Classification rules in order and each category's parent, to tell a draft's category. */
  classify: { category: string; when: PolicyCondition }[];
  parents: Record<string, string | null>;
}

function conditionsOf(policy: Policy): (PolicyCondition | undefined)[] {
  const e = policy.eligibility;
  return [
    ...policy.classify.map((r) => r.when), ...policy.conversion.map((r) => r.when), ...policy.bonuses.map((r) => r.when),
    ...policy.substitutions.map((r) => r.fromWhen), ...policy.targets.map((r) => r.when),
    e.certificate?.when, e.composite?.when, ...e.exclusions.map((r) => r.when),
  ];
}

/** The plan for a policy. */
export function formPlanOf(policy: Policy): FormPlan {
  const used = new Map<string, Set<string | null>>();
  for (const root of conditionsOf(policy)) {
    walkCondition(root, '', (c) => {
      for (const [key, value] of Object.entries(c)) {
        if (key === 'any' || key === 'not' || !Array.isArray(value)) continue;
        const set = used.get(key) ?? new Set<string | null>();
        for (const v of value as (string | null)[]) set.add(v);
        used.set(key, set);
      }
    });
  }
  const has = (key: string) => used.has(key);
  const limits = [policy.total.year, policy.total.cycle, ...policy.categories.flatMap((c) => [c.limits?.year, c.limits?.cycle])];
  const tagSet = new Set<string>([...(used.get('tagsAny') ?? []), ...(used.get('tagsNone') ?? [])].filter((t): t is string => !!t));
  const grades = used.get('awardGrade');
  return {
    content: has('content') ? contentKinds : null,
    track: has('track') ? tracks : null,
    location: has('location'),
    role: (used.get('role')?.size ?? 0) > 0 && participantRoles.some((r) => r !== '学员' && used.get('role')?.has(r)),
    awardGrades: grades || has('awardLevel') ? awardGrades.filter((g) => !grades || grades.has(g)) : null,
    tags: [...tagSet],
    topic: limits.some((l) => (l?.minTopics ?? 0) > 0),
    projects: policy.projects.map((p) => ({ ref: p.ref, name: p.name })),
    composite: e(policy),
    certificate: policy.eligibility.certificate !== undefined,
    classify: policy.classify.map((r) => ({ category: r.category, when: r.when })),
    parents: Object.fromEntries(policy.categories.map((c) => [c.id, c.parent ?? null])),
  };
}

function e(policy: Policy): FormPlan['composite'] {
  const c = policy.eligibility.composite;
  return c ? { when: c.when, passScore: c.passScore } : null;
}
