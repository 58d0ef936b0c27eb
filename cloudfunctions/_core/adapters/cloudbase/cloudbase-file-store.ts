/**
 * FileStore on CloudBase cloud storage. The file id is the platform's fileID
 * (`cloud://env.bucket/path`); URLs are short-lived temporary links. Cloud
 * storage does not keep our content type, so the server derives it from the
 * extension it chose (see uploads/).
 */
import { createHash } from 'node:crypto';
import type { CloudBase } from '@cloudbase/node-sdk';
import type { FileStore, StoredFile } from '../../ports/file-store';
import { assertSafeFilePath, UnsafeFilePathError } from '../file-path';

/** Options for {@link createCloudbaseFileStore}. */
export interface CloudbaseFileStoreOptions {
  app: CloudBase;
  /** Lifetime of URLs from `urlFor`, in seconds. Default 600. */
  urlMaxAgeSeconds?: number;
}

/** An id that is not a CloudBase fileID is refused the same way the disk store refuses an unsafe path. */
function assertFileId(fileId: string): void {
  if (!/^cloud:\/\/[^\s]+$/.test(fileId)) throw new UnsafeFilePathError(fileId, 'not a CloudBase fileID');
}

function isMissing(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { code, message } = err as { code?: unknown; message?: unknown };
  return code === 'STORAGE_FILE_NONEXIST' || /Status:\s*404/.test(String(message));
}

/** Creates the store over the app's default storage bucket. */
export function createCloudbaseFileStore(options: CloudbaseFileStoreOptions): FileStore {
  const { app } = options;
  const maxAge = options.urlMaxAgeSeconds ?? 600;

  return {
    async put(path, bytes, contentType): Promise<StoredFile> {
      assertSafeFilePath(path);
      const { fileID } = await app.uploadFile({ cloudPath: path, fileContent: bytes });
      return { fileId: fileID, size: bytes.length, contentType, sha256: createHash('sha256').update(bytes).digest('hex') };
    },
    async get(fileId) {
      assertFileId(fileId);
      try {
        const { fileContent } = await app.downloadFile({ fileID: fileId });
        if (fileContent === undefined) return null;
        return Buffer.isBuffer(fileContent) ? fileContent : Buffer.from(fileContent);
      } catch (err) {
        if (isMissing(err)) return null;
        throw err;
      }
    },
    async urlFor(fileId) {
      assertFileId(fileId);
      const { fileList } = await app.getTempFileURL({ fileList: [{ fileID: fileId, maxAge }] });
      const entry = fileList[0];
      if (!entry || entry.code !== 'SUCCESS') throw new Error(`getTempFileURL failed for ${fileId}: ${entry?.code ?? 'no entry'}`);
      return entry.tempFileURL;
    },
    async remove(fileId) {
      assertFileId(fileId);
      const { fileList } = await app.deleteFile({ fileList: [fileId] });
      const entry = fileList[0];
      if (entry && entry.code !== 'SUCCESS' && entry.code !== 'STORAGE_FILE_NONEXIST') {
        throw new Error(`deleteFile failed for ${fileId}: ${entry.code}`);
      }
    },
  };
}
