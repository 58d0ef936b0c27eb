import { collections } from '../../shared/schemas/domain/collections';
import type { UploadDoc } from '../../shared/schemas/domain/upload';
import type { Deps } from '../_core/deps';
import type { FunctionHandler } from '../_core/handlers/define-function';

/** Whether the person behind `openid` may read the stored file `fileId`. */
export type FileAccess = (openid: string, fileId: string) => Promise<boolean>;

/**
 * File visibility follows record visibility, decided by the domain itself:
 * a certificate under `certificates/<recordId>/` is readable when
 * `records.get` of that record succeeds for the caller and lists the file; a
 * staged upload only by the openid that uploaded it.
 */
export function createFileAccess(records: FunctionHandler, depsFor: (openid: string) => Deps): FileAccess {
  return async (openid, fileId) => {
    const [area, recordId] = fileId.split('/');
    if (area === 'staging') {
      const uploads = await depsFor(openid).store.find<UploadDoc>(collections.uploads, { fileId }, { limit: 1 });
      return uploads[0]?.openid === openid;
    }
    if (area !== 'certificates' || !recordId) return false;
    const result = await records({ action: 'get', recordId }, depsFor(openid));
    if (!result.ok) return false;
    const record = (result.data as { record?: { certificates?: { fileId: string }[] } }).record;
    return record?.certificates?.some((c) => c.fileId === fileId) ?? false;
  };
}
