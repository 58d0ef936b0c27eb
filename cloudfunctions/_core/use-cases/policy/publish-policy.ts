import { getPolicy, loadPolicy } from '../../../../shared/policies';
import { coversYear, policyForYear } from '../../../../shared/policies/period-instances';
import type { Policy } from '../../../../shared/schemas/policy';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { AuditAction } from '../../../../shared/schemas/domain/audit-entry';
import { policyVersionId, type PolicyVersionDoc } from '../../../../shared/schemas/domain/policy-version';
import type { PolicyRef } from '../../../../shared/schemas/api/views';
import type { Caller } from '../../auth/resolve-caller';
import { requireCountyAdmin } from '../../auth/scope';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';
import { appendAudit } from '../support/audit';
import { latestPublication, refOf } from './policy-in-force';

type PublishInput = { year: number; policyId?: string; data?: Record<string, unknown>; expectedVersion?: number; note?: string };

/** The policy to publish: a built-in by id, or custom data validated by the shared loader. */
function policyToPublish(input: PublishInput): Policy {
  if (input.policyId !== undefined) {
    const builtIn = getPolicy(input.policyId);
    if (!builtIn) throw new AppError('NOT_FOUND', `没有编号为「${input.policyId.slice(0, 60)}」的内置政策`);
    return builtIn;
  }
  const loaded = loadPolicy(input.data);
  if (!loaded.ok) {
    const first = loaded.errors.slice(0, 3).map((e) => `${e.path ? `${e.path}：` : ''}${e.message}（${e.code}）`).join('；');
    throw new AppError('POLICY_INVALID', `政策内容有误，未发布：${first}${loaded.errors.length > 3 ? `（共 ${loaded.errors.length} 处）` : ''}`);
  }
  return loaded.policy;
}

/** What a new publication records besides the policy. */
export interface PublicationWrite {
  countyId: string;
  year: number;
  policy: Policy;
  expectedVersion?: number;
  note?: string;
  /** Audit action: `policy.publish` or `policy.roll-over`. */
  action: Extract<AuditAction, 'policy.publish' | 'policy.roll-over'>;
  /** Extra audit facts (the publication a roll-over copied). */
  audit?: Record<string, unknown>;
}

/**
 * Adds version n+1 for the county and year with a full snapshot of the
 * policy, and its audit entry, in one transaction. `expectedVersion` guards
 * against two admins publishing over each other; the deterministic id makes a
 * race end in VERSION_CONFLICT, never in two "version n+1".
 */
export async function writePublication(deps: Deps, caller: Caller, w: PublicationWrite): Promise<PolicyRef> {
  const latest = await latestPublication(deps, w.countyId, w.year);
  const current = latest?.version ?? 0;
  const conflict = () => new AppError('VERSION_CONFLICT', `${w.year} 年度政策已被他人更新，请刷新后再发布`);
  if (w.expectedVersion !== undefined && w.expectedVersion !== current) throw conflict();
  const now = deps.clock();
  const doc: PolicyVersionDoc = {
    _id: policyVersionId(w.countyId, w.year, current + 1), countyId: w.countyId, year: w.year, version: current + 1,
    policyId: w.policy.id, data: w.policy as unknown as Record<string, unknown>, note: w.note ?? null,
    publishedBy: caller.person._id, publishedAt: now,
  };
  await deps.store.transaction(async (tx) => {
    if (await tx.get(collections.policyVersions, doc._id)) throw conflict();
    await tx.set(collections.policyVersions, doc);
    await appendAudit(tx, deps, now, {
      actorId: caller.person._id, action: w.action, targetCollection: collections.policyVersions, targetId: doc._id,
      countyId: w.countyId, before: latest ? refOf(latest) : null, after: { ...refOf(doc), policyVersion: w.policy.version, ...w.audit },
      ...(w.note ? { note: w.note } : {}),
    });
  });
  return refOf(doc);
}

/**
 * policy.publish (county admin): adds version n+1 for her county and the year.
 * A recurring policy (永吉) is stored as the instance whose period covers the
 * year (2026 → its 2023–2027 cycle), so the snapshot shows the dates in force.
 */
export async function publishPolicy(deps: Deps, caller: Caller, input: PublishInput): Promise<{ published: PolicyRef }> {
  const countyId = requireCountyAdmin(caller);
  const policy = policyToPublish(input);
  const instance = policyForYear(policy, input.year);
  if (!instance || !coversYear(policy, input.year)) {
    const recurs = policy.period.recurrence ? `起每 ${policy.period.years.length} 年一期` : '';
    throw new AppError('POLICY_INVALID', `政策「${policy.name}」适用于 ${policy.period.years.join('、')} 年${recurs}，不能发布为 ${input.year} 年度政策`);
  }
  const published = await writePublication(deps, caller, {
    countyId, year: input.year, policy: instance, action: 'policy.publish',
    ...(input.expectedVersion !== undefined ? { expectedVersion: input.expectedVersion } : {}),
    ...(input.note !== undefined ? { note: input.note } : {}),
  });
  return { published };
}
