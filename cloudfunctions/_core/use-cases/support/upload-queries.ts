/**
 * Named queries over the uploads collection (and the record references the
 * cleanup needs), so use-cases never build these filters inline.
 */
import { collections } from '../../../../shared/schemas/domain/collections';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { UploadDoc } from '../../../../shared/schemas/domain/upload';
import type { Deps } from '../../deps';

/** Staged uploads live this long unclaimed; then the cleanup removes them. */
export const STAGED_UPLOAD_TTL_HOURS = 24;

const PAGE = 500;

/** The upload docs whose stored file or client source file is `fileId` (normally zero or one). */
export async function uploadsHoldingFile(deps: Deps, fileId: string): Promise<UploadDoc[]> {
  const [stored, sourced] = await Promise.all([
    deps.store.find<UploadDoc>(collections.uploads, { fileId }, { limit: 10 }),
    deps.store.find<UploadDoc>(collections.uploads, { sourceFileId: fileId }, { limit: 10 }),
  ]);
  return [...stored, ...sourced];
}

/** Unclaimed uploads created before `before` (ISO instant): expired staging. */
export function expiredStagedUploads(deps: Deps, before: string): Promise<UploadDoc[]> {
  return deps.store.find<UploadDoc>(collections.uploads, { claimedBy: null, createdAt: { lt: before } }, {
    orderBy: [{ field: 'createdAt', direction: 'asc' }],
  });
}

/**
 * Every file id an unclaimed upload names (its stored copy and the client's
 * source). A claimed upload's staged copy is redundant: the record has its own.
 */
export async function fileIdsOfUnclaimedUploads(deps: Deps): Promise<Set<string>> {
  const out = new Set<string>();
  for (let skip = 0; ; skip += PAGE) {
    const page = await deps.store.find<UploadDoc>(collections.uploads, { claimedBy: null }, { limit: PAGE, skip });
    for (const u of page) {
      out.add(u.fileId);
      if (u.sourceFileId) out.add(u.sourceFileId);
    }
    if (page.length < PAGE) return out;
  }
}

/** Every certificate file id any record lists (the files that must never be cleaned up). */
export async function fileIdsNamedByRecords(deps: Deps): Promise<Set<string>> {
  const out = new Set<string>();
  for (let skip = 0; ; skip += PAGE) {
    const page = await deps.store.find<RecordDoc>(collections.records, {}, { limit: PAGE, skip });
    for (const r of page) for (const c of r.certificates) out.add(c.fileId);
    if (page.length < PAGE) return out;
  }
}
