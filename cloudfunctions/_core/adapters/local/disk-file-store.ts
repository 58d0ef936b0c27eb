/**
 * Local FileStore: files live under `<dataDir>/files/<path>`; the file id is
 * the relative path, and the local HTTP server serves `/files/<fileId>` after
 * checking the caller may see it.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { FileInventory, InventoryFile, PartialFile } from '../../ports/file-inventory';
import type { FileStore, StoredFile } from '../../ports/file-store';
import { assertSafeFilePath } from '../file-path';

/** Options for {@link createDiskFileStore}. */
export interface DiskFileStoreOptions {
  /** The local data folder; files go to `<dataDir>/files`. */
  dataDir: string;
}

/** A FileStore that also tells the local server where a file lives on disk, and lists what it holds. */
export interface DiskFileStore extends FileStore, FileInventory {
  /** Absolute path of a stored file (after the same safety checks), for serving it. */
  pathOf(fileId: string): string;
}

function isMissing(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && err.code === 'ENOENT';
}

/** Every file under `dir`, recursively, as absolute paths (missing folder: none). */
async function walk(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    if (isMissing(err)) return [];
    throw err;
  }
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]))));
  return nested.flat();
}

const PART = /^\.(\d+)-\d+-[a-z0-9]*\.part$/;

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
    async list(folders): Promise<InventoryFile[]> {
      const out: InventoryFile[] = [];
      for (const folder of folders) {
        for (const full of await walk(pathOf(folder))) {
          const fileId = relative(root, full).split(sep).join('/');
          if (fileId.split('/').some((part) => part.startsWith('.'))) continue; // temp files: listPartials
          const info = await stat(full);
          out.push({ fileId, size: info.size, modifiedAt: info.mtime.toISOString() });
        }
      }
      return out.sort((a, b) => a.fileId.localeCompare(b.fileId));
    },
    async listPartials(): Promise<PartialFile[]> {
      const out: PartialFile[] = [];
      for (const full of await walk(root)) {
        const name = full.slice(full.lastIndexOf(sep) + 1);
        if (!name.endsWith('.part')) continue;
        const info = await stat(full);
        const pid = PART.exec(name)?.[1];
        out.push({ path: relative(root, full).split(sep).join('/'), size: info.size, modifiedAt: info.mtime.toISOString(), writerPid: pid ? Number(pid) : null });
      }
      return out.sort((a, b) => a.path.localeCompare(b.path));
    },
    async removePartial(path) {
      const full = resolve(root, path);
      if (!full.startsWith(root + sep) || !full.endsWith('.part')) throw new Error(`not a partial file: ${path}`);
      await rm(full, { force: true });
    },
  };
}
