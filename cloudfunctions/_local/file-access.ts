import { canView } from '../../shared/records/viewer';
import { collections } from '../../shared/schemas/domain/collections';
import type { RecordDoc } from '../../shared/schemas/domain/record-doc';
import { canReadExport } from './export-access';
import { resolveCaller } from '../_core/auth/resolve-caller';
import type { Deps } from '../_core/deps';
import { AppError } from '../_core/use-cases/app-error';
import { uploadsHoldingFile } from '../_core/use-cases/support/upload-queries';

/** Whether the person behind `openid` may read the stored file `fileId`. */
export type FileAccess = (openid: string, fileId: string) => Promise<boolean>;

/**
 * File visibility follows record visibility, by the domain's own rule
 * (`canView`): a certificate (`certificates/<county>/<teacher>/<year>/<file>`)
 * is readable by whoever may view a record of that teacher listing the file;
 * a staged upload (`inbox/<file>`, or a client's `staging/<file>`) only by the
 * openid that uploaded it — and by nobody when two people's uploads name the
 * same file (a second registration is refused, but legacy data may hold one).
 */
export function createFileAccess(depsFor: (openid: string) => Deps): FileAccess {
  return async (openid, fileId) => {
    const deps = depsFor(openid);
    const [area, , teacherId] = fileId.split('/');
    if (area === 'staging' || area === 'inbox') {
      const holders = await uploadsHoldingFile(deps, fileId);
      return holders.length > 0 && holders.every((u) => u.openid === openid);
    }
    if (area === 'exports') return canReadExport(deps, fileId);
    if (area !== 'certificates' || !teacherId) return false;
    let viewer;
    try {
      viewer = (await resolveCaller(deps)).viewer;
    } catch (err) {
      if (err instanceof AppError) return false; // unbound or left: sees no certificates
      throw err;
    }
    const records = await deps.store.find<RecordDoc>(collections.records, { teacherId });
    return records.some((r) => r.certificates.some((c) => c.fileId === fileId) && canView(r, viewer));
  };
}
