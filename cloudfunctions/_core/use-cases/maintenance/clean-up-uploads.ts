import dayjs from 'dayjs';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { UploadDoc } from '../../../../shared/schemas/domain/upload';
import type { Deps } from '../../deps';
import type { InventoryFile, PartialFile } from '../../ports/file-inventory';
import {
  expiredStagedUploads, fileIdsNamedByRecords, fileIdsOfUnclaimedUploads, STAGED_UPLOAD_TTL_HOURS,
} from '../support/upload-queries';
import { exportLogOfFile, fileIdsNamedByExports } from '../support/export-queries';

/** Storage folders the cleanup looks after: records' copies, server-written staged copies, clients' own uploads, registers. */
export const MANAGED_FOLDERS = ['certificates', 'inbox', 'staging', 'exports'] as const;
/**
 * A file nothing names is left alone this long: a submit copies files before its
 * transaction names them, and an export writes its register before logging it.
 */
export const ORPHAN_GRACE_MINUTES = 60;
/** A `.part` file whose writer still runs is left alone this long. */
export const PARTIAL_GRACE_MINUTES = 60;

/** Options of {@link cleanUpUploads}. */
export interface CleanupOptions {
  /** Report only; delete nothing. */
  dryRun?: boolean;
  /** Whether a process id still runs (the local server's own check; default: assume it does). */
  isProcessAlive?: (pid: number) => boolean;
}

/** What the cleanup removed (or, in a dry run, would remove). */
export interface CleanupReport {
  dryRun: boolean;
  at: string;
  expiredUploads: { uploadId: string; openid: string; createdAt: string; fileIds: string[] }[];
  partialFiles: PartialFile[];
  orphanFiles: InventoryFile[];
  /** False when storage cannot be listed (CloudBase): only expired uploads were looked at. */
  inventoried: boolean;
  bytes: number;
}

const isRegisterFile = (fileId: string) => fileId.startsWith('exports/');
const olderThan = (iso: string, now: string, minutes: number) => dayjs(iso).add(minutes, 'minute').isBefore(dayjs(now));

async function removeExpired(deps: Deps, upload: UploadDoc, before: string): Promise<boolean> {
  const removed = await deps.store.transaction(async (tx) => {
    const fresh = await tx.get<UploadDoc>(collections.uploads, upload._id);
    if (!fresh || fresh.claimedBy !== null || fresh.createdAt >= before) return false; // claimed meanwhile: keep
    await tx.remove(collections.uploads, upload._id);
    return true;
  });
  if (removed) for (const id of [upload.fileId, upload.sourceFileId]) if (id) await deps.files.remove(id);
  return removed;
}

/**
 * Removes what uploads leave behind: staged uploads nobody claimed within
 * {@link STAGED_UPLOAD_TTL_HOURS} hours (doc and files), `.part` files of
 * interrupted writes, and stored files that no record, no live staged
 * upload and no export log entry names (a register whose export died between
 * writing the file and logging it). Runs on the local server's start and daily; in production a
 * timer-triggered function runs the same use-case without the inventory.
 */
export async function cleanUpUploads(deps: Deps, options: CleanupOptions = {}): Promise<CleanupReport> {
  const now = deps.clock();
  const dryRun = options.dryRun ?? false;
  const alive = options.isProcessAlive ?? (() => true);
  const before = dayjs(now).subtract(STAGED_UPLOAD_TTL_HOURS, 'hour').toISOString();
  const report: CleanupReport = { dryRun, at: now, expiredUploads: [], partialFiles: [], orphanFiles: [], inventoried: !!deps.inventory, bytes: 0 };

  for (const upload of await expiredStagedUploads(deps, before)) {
    if (!dryRun && !(await removeExpired(deps, upload, before))) continue;
    report.expiredUploads.push({ uploadId: upload._id, openid: upload.openid, createdAt: upload.createdAt, fileIds: [upload.fileId, ...(upload.sourceFileId ? [upload.sourceFileId] : [])] });
    report.bytes += upload.size;
  }
  if (!deps.inventory) return report;

  for (const part of await deps.inventory.listPartials()) {
    const writerGone = part.writerPid !== null && !alive(part.writerPid);
    if (!writerGone && !olderThan(part.modifiedAt, now, PARTIAL_GRACE_MINUTES)) continue;
    if (!dryRun) await deps.inventory.removePartial(part.path);
    report.partialFiles.push(part);
    report.bytes += part.size;
  }

  const expired = new Set(report.expiredUploads.flatMap((u) => u.fileIds));
  const named = new Set([...await fileIdsNamedByRecords(deps), ...await fileIdsOfUnclaimedUploads(deps), ...await fileIdsNamedByExports(deps)]);
  for (const file of await deps.inventory.list(MANAGED_FOLDERS)) {
    if (expired.has(file.fileId) || named.has(file.fileId)) continue; // handled with its upload, or in use
    if (!olderThan(file.modifiedAt, now, ORPHAN_GRACE_MINUTES)) continue;
    // A register is asked about once more by its own (indexed) query before it goes: the log is the only proof it was made.
    if (isRegisterFile(file.fileId) && (await exportLogOfFile(deps, file.fileId))) continue;
    if (!dryRun) await deps.files.remove(file.fileId);
    report.orphanFiles.push(file);
    report.bytes += file.size;
  }
  return report;
}
