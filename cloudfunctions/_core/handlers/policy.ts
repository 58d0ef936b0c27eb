import { policyEvent } from '../../../shared/schemas/api/policy';
import { resolveCaller } from '../auth/resolve-caller';
import { publishPolicy } from '../use-cases/policy/publish-policy';
import { getPolicyData, listPolicyVersions } from '../use-cases/policy/read-policies';
import { rollOverPolicy } from '../use-cases/policy/roll-over-policy';
import { defineFunction } from './define-function';

/** policy: list, get, publish, roll-over. */
export const policyFunction = defineFunction('policy', policyEvent, {
  list: async (e, deps) => listPolicyVersions(deps, await resolveCaller(deps), e),
  get: async (e, deps) => getPolicyData(deps, await resolveCaller(deps), e),
  publish: async (e, deps) => publishPolicy(deps, await resolveCaller(deps), e),
  'roll-over': async (e, deps) => rollOverPolicy(deps, await resolveCaller(deps), e),
});
