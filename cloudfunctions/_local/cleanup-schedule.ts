import dayjs from 'dayjs';
import { createDiskFileStore } from '../_core/adapters/local/disk-file-store';
import { createStaticIdentity } from '../_core/adapters/local/static-identity';
import type { Deps } from '../_core/deps';
import type { DocumentStore } from '../_core/ports/document-store';
import { cleanUpUploads, type CleanupOptions, type CleanupReport } from '../_core/use-cases/maintenance/clean-up-uploads';

/** Whether a process with this id runs on this machine (signal 0 only checks). */
export function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as { code?: string }).code === 'EPERM'; // exists, belongs to someone else
  }
}

/** Deps for the cleanup over the local stores: no caller, the disk store as inventory. */
export function localCleanupDeps(store: DocumentStore, dataDir: string, clock: () => string = () => dayjs().toISOString()): Deps {
  const files = createDiskFileStore({ dataDir });
  return { store, files, inventory: files, identity: createStaticIdentity(null), clock };
}

/** Runs the cleanup over a local data folder. */
export function cleanUpLocal(store: DocumentStore, dataDir: string, options: CleanupOptions = {}): Promise<CleanupReport> {
  return cleanUpUploads(localCleanupDeps(store, dataDir), { isProcessAlive, ...options });
}

/** Every 24 hours. */
export const CLEANUP_INTERVAL_MS = 24 * 60 * 60 * 1000;

/**
 * The local server's cleanup: once right away (what a crash left behind),
 * then daily. The timer does not keep the process alive. Returns a stop function.
 */
export function scheduleCleanup(store: DocumentStore, dataDir: string, report: (r: CleanupReport) => void, onError: (err: unknown) => void): () => void {
  const run = () => cleanUpLocal(store, dataDir).then(report, onError);
  void run();
  const timer = setInterval(() => void run(), CLEANUP_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
