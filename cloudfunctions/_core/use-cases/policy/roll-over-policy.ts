import { loadPolicy } from '../../../../shared/policies';
import { carryShift, periodYears, shiftForYear, shiftPolicy } from '../../../../shared/policies/period-instances';
import type { Policy } from '../../../../shared/schemas/policy';
import type { PolicyRef } from '../../../../shared/schemas/api/views';
import type { Caller } from '../../auth/resolve-caller';
import { requireCountyAdmin } from '../../auth/scope';
import type { Deps } from '../../deps';
import { requirePolicyInForce } from './policy-in-force';
import { writePublication } from './publish-policy';

type RollOverInput = { fromYear: number; toYear: number; expectedVersion?: number; note?: string; dryRun?: boolean };

/** What policy.roll-over answers. */
export interface RollOverResult { published: PolicyRef | null; policy: Policy; changes: string[] }

const yearsText = (p: Policy) => {
  const { first, last } = periodYears(p);
  return first === last ? `${first}` : `${first}–${last}`;
};

/** Each difference between the policy copied and its copy, in Chinese, for the admin to check before publishing. */
export function describeRollOver(from: Policy, to: Policy, fromYear: number, toYear: number): string[] {
  const rules = from.classify.length + from.conversion.length + from.bonuses.length + from.substitutions.length
    + from.statusRules.length + from.targets.length;
  const changes: string[] = [];
  if (to === from) {
    changes.push(`${toYear} 年在原政策的统计期（${from.period.start} 至 ${from.period.end}）之内，内容不变`);
  } else {
    changes.push(`统计期：${from.period.start} 至 ${from.period.end} → ${to.period.start} 至 ${to.period.end}`);
    changes.push(`统计年度：${yearsText(from)} → ${yearsText(to)}`);
    if (from.period.cycle && to.period.cycle) {
      changes.push(`周期：${from.period.cycle.name ?? yearsText(from)} → ${to.period.cycle.name ?? yearsText(to)}`);
    }
    if (from.name !== to.name) changes.push(`名称：${from.name} → ${to.name}`);
  }
  changes.push(`沿用 ${fromYear} 年度政策的全部类别、要求和 ${rules} 条规则，每条规则的原文依据不变（${from.source.title}）`);
  return changes;
}

/**
 * The copy for `toYear`: unchanged when its period already covers the year
 * (永吉 2026 → 2027, one cycle); else shifted by whole periods — the
 * recurrence's own instance, or the plan carried forward (通榆 2026 → 2027,
 * 霍尔果斯 2024–2028 → 2029–2033).
 */
export function rolledPolicy(from: Policy, toYear: number): Policy {
  const n = shiftForYear(from, toYear) ?? carryShift(from, toYear);
  return shiftPolicy(from, n);
}

/**
 * policy.roll-over (county admin): carries the county's policy in force for
 * `fromYear` to `toYear` as the next version published for `toYear`, keeping
 * every rule and source and shifting dates. `dryRun` writes nothing.
 */
export async function rollOverPolicy(deps: Deps, caller: Caller, input: RollOverInput): Promise<RollOverResult> {
  const countyId = requireCountyAdmin(caller);
  const source = await requirePolicyInForce(deps, countyId, input.fromYear);
  const from = source.compiled.policy;
  const to = rolledPolicy(from, input.toYear);
  const checked = loadPolicy(to);
  // a stored policy that loaded shifted by whole years loads again; failing here is a bug, not bad input
  if (!checked.ok) throw new Error(`roll-over produced an invalid policy: ${checked.errors.map((e) => e.code).join(',')}`);
  const changes = describeRollOver(from, to, input.fromYear, input.toYear);
  if (input.dryRun === true) return { published: null, policy: to, changes };
  const published = await writePublication(deps, caller, {
    countyId, year: input.toYear, policy: to, action: 'policy.roll-over',
    audit: { rolledFrom: source.ref },
    note: input.note ?? `沿用 ${input.fromYear} 年度政策（第 ${source.ref.version} 版）`,
    ...(input.expectedVersion !== undefined ? { expectedVersion: input.expectedVersion } : {}),
  });
  return { published, policy: to, changes };
}
