/**
 * Local FileStore: files live under `<dataDir>/files/<path>`; the file id is
 * the relative path, and the local HTTP server serves `/files/<fileId>` after
 * checking the caller may see it.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { FileStore, StoredFile } from '../../ports/file-store';
import { assertSafeFilePath } from '../file-path';

/** Options for {@link createDiskFileStore}. */
export interface DiskFileStoreOptions {
  /** The local data folder; files go to `<dataDir>/files`. */
  dataDir: string;
}

/** A FileStore that also tells the local server where a file lives on disk. */
export interface DiskFileStore extends FileStore {
  /** Absolute path of a stored file (after the same safety checks), for serving it. */
  pathOf(fileId: string): string;
}

function isMissing(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && err.code === 'ENOENT';
}

/** Creates the store; the files folder is created on first write. */
export function createDiskFileStore(options: DiskFileStoreOptions): DiskFileStore {
  const root = resolve(options.dataDir, 'files');

  function pathOf(fileId: string): string {
    assertSafeFilePath(fileId);
    const full = resolve(root, fileId);
    // Belt and braces: the segment check already forbids `..`.
    if (!full.startsWith(root + sep)) throw new Error(`file id escapes storage root: ${fileId}`);
    return full;
  }

  return {
    pathOf,
    async put(path, bytes, contentType): Promise<StoredFile> {
      const full = pathOf(path);
      await mkdir(dirname(full), { recursive: true });
      // Write to a temp name then rename, so a reader never sees half a file.
      const temp = join(dirname(full), `.${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.part`);
      await writeFile(temp, bytes, { flag: 'wx' });
      await rename(temp, full);
      return { fileId: path, size: bytes.length, contentType, sha256: createHash('sha256').update(bytes).digest('hex') };
    },
    async get(fileId) {
      try {
        return await readFile(pathOf(fileId));
      } catch (err) {
        if (isMissing(err)) return null;
        throw err;
      }
    },
    async urlFor(fileId) {
      pathOf(fileId);
      return `/files/${fileId}`;
    },
    async remove(fileId) {
      await rm(pathOf(fileId), { force: true });
    },
  };
}
