import type { CallerIdentity } from './ports/caller-identity';
import type { DocumentStore } from './ports/document-store';
import type { FileStore } from './ports/file-store';
import type { RegisterWriter } from './ports/register-writer';

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
  /** Server-side log for failures; never shown to the user. Defaults to console.error. */
  log?: (message: string, detail?: unknown) => void;
  /** Writes registers (.xlsx); defaults to the exceljs adapter (use-cases/registers/register-writer-of.ts). */
  registers?: RegisterWriter;
}
