import { compilePolicy, type CompiledPolicy } from '../../../../shared/engine';
import { loadPolicy } from '../../../../shared/policies';
import { coversYear, policyForYear } from '../../../../shared/policies/period-instances';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { PolicyVersionDoc } from '../../../../shared/schemas/domain/policy-version';
import type { PolicyRef } from '../../../../shared/schemas/api/views';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';
import { digest } from '../support/ids';

/**
 * A published policy ready to compute with. `compiled` is the instance whose
 * period covers the year asked for, and computes for that year whatever the
 * `asOf` (永吉's 2027 looked at in January 2028 is still the 2023–2027 cycle).
 */
export interface PolicyInForce { doc: PolicyVersionDoc; compiled: CompiledPolicy; ref: PolicyRef }

// Published versions never change, so their compiled form can be kept per process. The key
// includes a digest of the data: a re-created database may reuse an id for other data.
const compiledCache = new Map<string, CompiledPolicy>();

/** The reference a report names: county, year, publication version, policy id and date. */
export function refOf(doc: PolicyVersionDoc): PolicyRef {
  return { countyId: doc.countyId, year: doc.year, version: doc.version, policyId: doc.policyId, publishedAt: doc.publishedAt };
}

function compiledOf(doc: PolicyVersionDoc): CompiledPolicy {
  const key = digest(doc._id, doc.publishedAt, JSON.stringify(doc.data));
  const cached = compiledCache.get(key);
  if (cached) return cached;
  const loaded = loadPolicy(doc.data);
  // It was validated at publish time; failing now means the stored data was tampered with.
  if (!loaded.ok) throw new Error(`stored policy ${doc._id} no longer loads: ${loaded.errors.map((e) => e.code).join(',')}`);
  const compiled = compilePolicy(loaded.policy);
  if (compiledCache.size > 200) compiledCache.clear();
  compiledCache.set(key, compiled);
  return compiled;
}

/** Latest publication for exactly this county and year, or null. */
export async function latestPublication(deps: Deps, countyId: string, year: number): Promise<PolicyVersionDoc | null> {
  const [doc] = await deps.store.find<PolicyVersionDoc>(collections.policyVersions, { countyId, year }, {
    orderBy: [{ field: 'version', direction: 'desc' }], limit: 1,
  });
  return doc ?? null;
}

/** The compiled policy pinned to `year`: the instance covering it, computing with `year` unless told otherwise. */
function forYear(compiled: CompiledPolicy, year: number): CompiledPolicy {
  const instance = policyForYear(compiled.policy, year);
  const base = instance && instance !== compiled.policy ? compilePolicy(instance) : compiled;
  return { policy: base.policy, data: base.data, compute: (records, teacher, asOf, options) => base.compute(records, teacher, asOf, { ...options, year: options?.year ?? year }) };
}

/**
 * The policy in force for a county and year: the latest version published for
 * that year; failing that, the most recent publication whose policy period
 * covers the year (a five-year-cycle policy is published once, not five
 * times; a recurring one covers its later cycles too).
 */
export async function findPolicyInForce(deps: Deps, countyId: string, year: number): Promise<PolicyInForce | null> {
  let doc = await latestPublication(deps, countyId, year);
  if (!doc) {
    const all = await deps.store.find<PolicyVersionDoc>(collections.policyVersions, { countyId }, {
      orderBy: [{ field: 'publishedAt', direction: 'desc' }, { field: 'version', direction: 'desc' }],
    });
    doc = all.find((d) => coversYear(compiledOf(d).policy, year)) ?? null;
  }
  return doc ? { doc, compiled: forYear(compiledOf(doc), year), ref: refOf(doc) } : null;
}

/** Like findPolicyInForce, but NOT_FOUND with a Chinese message when none is published. */
export async function requirePolicyInForce(deps: Deps, countyId: string, year: number): Promise<PolicyInForce> {
  const found = await findPolicyInForce(deps, countyId, year);
  if (!found) throw new AppError('NOT_FOUND', `本县尚未发布 ${year} 年度的学分政策，请联系县级管理员`);
  return found;
}
