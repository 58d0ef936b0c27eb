import type { CallerIdentity } from './ports/caller-identity';
import type { CertificateReader } from './ports/certificate-reader';
import type { DocumentStore } from './ports/document-store';
import type { FileStore } from './ports/file-store';

/**
 * Everything a use-case may touch. Built per call by the CloudBase entry
 * (`cloudfunctions/<fn>/index.ts`) or by the local server; tests build it over
 * the SQLite adapter with a fixed clock.
 */
export interface Deps {
  store: DocumentStore;
  files: FileStore;
  /** Who is calling: the platform OPENID (never anything from the event). */
  identity: CallerIdentity;
  /** Current instant as an ISO-8601 string; injectable so tests control time. */
  clock: () => string;
  /** New random ids (audit entries, uploads); defaults to crypto.randomUUID. */
  ids?: () => string;
  /** Reads certificate photos (records.read-certificate); absent where the function has no reader. */
  reader?: CertificateReader;
  /** Server-side log for failures; never shown to the user. Defaults to console.error. */
  log?: (message: string, detail?: unknown) => void;
}
