import { collections } from '../../../../shared/schemas/domain/collections';
import type { ExportLogDoc } from '../../../../shared/schemas/domain/export-log';
import type { Caller } from '../../auth/resolve-caller';
import type { Deps } from '../../deps';
import type { Filter } from '../../ports/document-store';
import { exportView } from './export-view';
import { registerSchool, registerSchools } from './register-scope';

/** registers.exports: the export log, newest first — a school's (reviewer, or admin naming it) or the county's (admin). */
export async function listExports(deps: Deps, caller: Caller, input: { schoolId?: string; limit?: number; skip?: number }) {
  const { countyId, county, schools } = await registerSchools(deps, caller);
  let filter: Filter;
  if (input.schoolId !== undefined || !county) filter = { schoolId: (await registerSchool(deps, caller, input.schoolId))._id };
  else filter = { countyId };
  const [items, total] = await Promise.all([
    deps.store.find<ExportLogDoc>(collections.exports, filter, { orderBy: [{ field: 'at', direction: 'desc' }], limit: input.limit ?? 30, skip: input.skip ?? 0 }),
    deps.store.count(collections.exports, filter),
  ]);
  const names = new Map(schools.map((s) => [s._id, s.name]));
  return { items: items.map((d) => exportView(d, d.schoolId ? names.get(d.schoolId) ?? null : null)), total };
}
