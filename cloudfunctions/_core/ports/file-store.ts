/** The file store port: certificate photos and PDFs. */
export interface StoredFile {
  /** Opaque id: a CloudBase fileID, or a relative path under the local data folder. */
  fileId: string;
  size: number;
  contentType: string;
  sha256: string;
}

export interface FileStore {
  /** Stores bytes under a server-chosen path; never a client-chosen one. */
  put(path: string, bytes: Buffer, contentType: string): Promise<StoredFile>;
  get(fileId: string): Promise<Buffer | null>;
  /** A URL the client can show (temporary in CloudBase, local route offline). */
  urlFor(fileId: string): Promise<string>;
  remove(fileId: string): Promise<void>;
}
