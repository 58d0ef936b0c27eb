import { resolveCaller } from '../_core/auth/resolve-caller';
import { administersCounty } from '../_core/auth/scope';
import type { Deps } from '../_core/deps';
import { AppError } from '../_core/use-cases/app-error';
import { exportLogOfFile } from '../_core/use-cases/support/export-queries';

/**
 * A register file (`exports/…`) is readable by whoever exported it and by an
 * admin of its county: the export log says who that was. Anyone else — and a
 * file with no log entry — gets nothing.
 */
export async function canReadExport(deps: Deps, fileId: string): Promise<boolean> {
  const entry = await exportLogOfFile(deps, fileId);
  if (!entry) return false;
  try {
    const caller = await resolveCaller(deps);
    return entry.exportedBy === caller.person._id || administersCounty(caller, entry.countyId);
  } catch (err) {
    if (err instanceof AppError) return false;
    throw err;
  }
}
