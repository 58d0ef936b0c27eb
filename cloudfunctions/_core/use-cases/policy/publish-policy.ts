import { getPolicy, loadPolicy } from '../../../../shared/policies';
import type { Policy } from '../../../../shared/schemas/policy';
import { collections } from '../../../../shared/schemas/domain/collections';
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

/**
 * policy.publish (county admin): adds version n+1 for her county and the year,
 * with a full snapshot of the validated policy. `expectedVersion` guards
 * against two admins publishing over each other; the deterministic id makes
 * a race end in VERSION_CONFLICT, never in two "version n+1".
 */
export async function publishPolicy(deps: Deps, caller: Caller, input: PublishInput): Promise<{ published: PolicyRef }> {
  const countyId = requireCountyAdmin(caller);
  const policy = policyToPublish(input);
  if (!policy.period.years.includes(input.year)) {
    throw new AppError('POLICY_INVALID', `政策「${policy.name}」适用于 ${policy.period.years.join('、')} 年，不能发布为 ${input.year} 年度政策`);
  }
  const latest = await latestPublication(deps, countyId, input.year);
  const current = latest?.version ?? 0;
  if (input.expectedVersion !== undefined && input.expectedVersion !== current) {
    throw new AppError('VERSION_CONFLICT', '本年度政策已被他人更新，请刷新后再发布');
  }
  const now = deps.clock();
  const doc: PolicyVersionDoc = {
    _id: policyVersionId(countyId, input.year, current + 1), countyId, year: input.year, version: current + 1,
    policyId: policy.id, data: policy as unknown as Record<string, unknown>, note: input.note ?? null,
    publishedBy: caller.person._id, publishedAt: now,
  };
  await deps.store.transaction(async (tx) => {
    if (await tx.get(collections.policyVersions, doc._id)) throw new AppError('VERSION_CONFLICT', '本年度政策已被他人更新，请刷新后再发布');
    await tx.set(collections.policyVersions, doc);
    await appendAudit(tx, deps, now, {
      actorId: caller.person._id, action: 'policy.publish', targetCollection: collections.policyVersions, targetId: doc._id,
      countyId, before: latest ? refOf(latest) : null, after: { ...refOf(doc), policyVersion: policy.version },
      ...(input.note ? { note: input.note } : {}),
    });
  });
  return { published: refOf(doc) };
}
