import type { Caller } from '../../auth/resolve-caller';
import type { Deps } from '../../deps';
import { countyName, registerSchools } from './register-scope';

/** registers.schools: the schools the caller may export or read the log of, and whether the county is hers. */
export async function listRegisterSchools(deps: Deps, caller: Caller) {
  const { countyId, county, schools } = await registerSchools(deps, caller);
  return { countyId, countyName: await countyName(deps, countyId), county, schools: schools.map((s) => ({ id: s._id, name: s.name })) };
}
