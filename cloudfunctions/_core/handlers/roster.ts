import { rosterEvent } from '../../../shared/schemas/api/roster';
import { resolveCaller } from '../auth/resolve-caller';
import { importRoster } from '../use-cases/roster/import-roster';
import { invite } from '../use-cases/roster/invite';
import { listRoster } from '../use-cases/roster/list-roster';
import { setRole } from '../use-cases/roster/set-role';
import { defineFunction } from './define-function';

/** roster: import, list, set-role, invite. */
export const rosterFunction = defineFunction('roster', rosterEvent, {
  import: async (e, deps) => importRoster(deps, await resolveCaller(deps), e),
  list: async (e, deps) => listRoster(deps, await resolveCaller(deps), e),
  'set-role': async (e, deps) => setRole(deps, await resolveCaller(deps), e),
  invite: async (e, deps) => invite(deps, await resolveCaller(deps), e),
});
