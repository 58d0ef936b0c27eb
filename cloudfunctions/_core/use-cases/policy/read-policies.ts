import { getPolicy, listPolicies } from '../../../../shared/policies';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { PolicyVersionDoc } from '../../../../shared/schemas/domain/policy-version';
import { policyVersionId } from '../../../../shared/schemas/domain/policy-version';
import type { PolicyRef } from '../../../../shared/schemas/api/views';
import type { Caller } from '../../auth/resolve-caller';
import { administersCounty } from '../../auth/scope';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';
import { chinaYear } from '../support/time';
import { findPolicyInForce, refOf } from './policy-in-force';

/** The county a caller may read policies of: her own, or one she administers. */
function readableCounty(caller: Caller, requested?: string): string {
  if (requested === undefined || requested === caller.person.countyId || administersCounty(caller, requested)) {
    return requested ?? caller.person.countyId;
  }
  throw new AppError('FORBIDDEN', '只能查看本县的政策');
}

/** policy.list: built-in templates, and every version published in the county (newest first). */
export async function listPolicyVersions(deps: Deps, caller: Caller, input: { countyId?: string }) {
  const countyId = readableCounty(caller, input.countyId);
  const published = await deps.store.find<PolicyVersionDoc>(collections.policyVersions, { countyId }, {
    orderBy: [{ field: 'year', direction: 'desc' }, { field: 'version', direction: 'desc' }],
  });
  return {
    templates: listPolicies().map((p) => ({ id: p.id, name: p.name, years: p.years })),
    published: published.map(refOf),
    canPublish: administersCounty(caller, countyId),
  };
}

/** policy.get: a template by id, or the version in force (or a given version) for a county and year. */
export async function getPolicyData(deps: Deps, caller: Caller, input: { policyId?: string; countyId?: string; year?: number; version?: number }): Promise<{ policy: unknown; published: PolicyRef | null }> {
  if (input.policyId !== undefined) {
    const policy = getPolicy(input.policyId);
    if (!policy) throw new AppError('NOT_FOUND', `没有编号为「${input.policyId.slice(0, 60)}」的内置政策`);
    return { policy, published: null };
  }
  const countyId = readableCounty(caller, input.countyId);
  const year = input.year ?? chinaYear(deps.clock());
  if (input.version !== undefined) {
    const doc = await deps.store.get<PolicyVersionDoc>(collections.policyVersions, policyVersionId(countyId, year, input.version));
    if (!doc) throw new AppError('NOT_FOUND', `没有 ${year} 年度第 ${input.version} 版政策`);
    return { policy: doc.data, published: refOf(doc) };
  }
  const found = await findPolicyInForce(deps, countyId, year);
  if (!found) throw new AppError('NOT_FOUND', `本县尚未发布 ${year} 年度的学分政策`);
  return { policy: found.doc.data, published: found.ref };
}
