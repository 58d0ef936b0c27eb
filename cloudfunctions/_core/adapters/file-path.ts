/**
 * Storage paths are chosen by the server; this check is the last line of
 * defence so that no caller can reach outside the storage root either way.
 */
const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/**
 * Thrown by every FileStore when a storage path or file id is one it can never
 * hold (unsafe relative path, another store's id). `defineFunction` maps the
 * code to the caller's `INVALID_INPUT`; use-cases need not catch it.
 */
export class UnsafeFilePathError extends Error {
  readonly code = 'INVALID_FILE_PATH';
  /** `reason` names what was wrong, for logs; the default suits the path check below. */
  constructor(path: string, reason = 'unsafe file path') {
    super(`${reason}: ${JSON.stringify(path)}`);
    this.name = 'UnsafeFilePathError';
  }
}

/**
 * Throws unless `path` is relative, `/`-separated, at most 512 characters, and
 * every segment is letters/digits/`_`/`.`/`-` that does not start with a dot
 * (so no `..`, no hidden files, no absolute paths, no backslashes).
 */
export function assertSafeFilePath(path: string): void {
  const parts = path.split('/');
  if (path.length === 0 || path.length > 512 || !parts.every((part) => SEGMENT.test(part))) {
    throw new UnsafeFilePathError(path);
  }
}
