/**
 * Listing what storage holds, for the cleanup. The local disk store offers it;
 * CloudBase's server SDK cannot list a bucket, so in production the cleanup
 * works from the uploads collection alone (docs/uploads.md).
 */

/** A stored file as the inventory sees it. */
export interface InventoryFile {
  fileId: string;
  size: number;
  /** Last write, ISO-8601. */
  modifiedAt: string;
}

/** A temp file an interrupted write left behind (`.<pid>-<time>-<rand>.part`). */
export interface PartialFile {
  /** Path relative to the storage root. */
  path: string;
  size: number;
  modifiedAt: string;
  /** The process that was writing it, read from the name; null when the name does not say. */
  writerPid: number | null;
}

export interface FileInventory {
  /** Every stored file under the given top-level folders. */
  list(folders: readonly string[]): Promise<InventoryFile[]>;
  /** Every leftover `.part` file. */
  listPartials(): Promise<PartialFile[]>;
  removePartial(path: string): Promise<void>;
}
