import { canView } from '../../shared/records/viewer';
import { collections } from '../../shared/schemas/domain/collections';
import type { RecordDoc } from '../../shared/schemas/domain/record-doc';
import type { UploadDoc } from '../../shared/schemas/domain/upload';
import { canReadExport } from './export-access';
import { resolveCaller } from '../_core/auth/resolve-caller';
import type { Deps } from '../_core/deps';
import { AppError } from '../_core/use-cases/app-error';

/** Whether the person behind `openid` may read the stored file `fileId`. */
export type FileAccess = (openid: string, fileId: string) => Promise<boolean>;

/**
 * File visibility follows record visibility, by the domain's own rule
 * (`canView`): a certificate (`certificates/<county>/<teacher>/<year>/<file>`)
 * is readable by whoever may view a record of that teacher listing the file;
 * a staged upload (`staging/<file>`) only by the openid that uploaded it.
 */
export function createFileAccess(depsFor: (openid: string) => Deps): FileAccess {
  return async (openid, fileId) => {
    const deps = depsFor(openid);
    const [area, , teacherId] = fileId.split('/');
    if (area === 'staging') {
      const mine = await deps.store.find<UploadDoc>(collections.uploads, { openid, fileId }, { limit: 1 });
      return mine.length === 1;
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
