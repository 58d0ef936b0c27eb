import type { CallerIdentity } from './ports/caller-identity';
import type { CertificateReader } from './ports/certificate-reader';
import type { DocumentStore } from './ports/document-store';
import type { FileInventory } from './ports/file-inventory';
import type { FileStore } from './ports/file-store';
import type { ImageNormalizer } from './ports/image-normalizer';
import type { Messenger } from './ports/messenger';
import type { RegisterWriter } from './ports/register-writer';
import type { SignInCodeImage } from './ports/sign-in-code-image';

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
  /**
   * Decodes and re-encodes certificate photos (the sharp adapter). Only the
   * functions that take uploads need it (`records`); a use-case that needs it
   * and finds none fails with INTERNAL rather than storing an unchecked photo.
   */
  images?: ImageNormalizer;
  /** Lists stored files for the cleanup (local disk only; CloudBase cannot list a bucket). */
  inventory?: FileInventory;
  /** Reads certificate photos (records.read-certificate); absent where the function has no reader. */
  reader?: CertificateReader;
  /** Server-side log for failures; never shown to the user. Defaults to console.error. */
  log?: (message: string, detail?: unknown) => void;
  /** Writes registers (.xlsx); defaults to the exceljs adapter (use-cases/registers/register-writer-of.ts). */
  registers?: RegisterWriter;
  /** Delivers subscribe-message reminders; defaults to the local outbox (use-cases/reminders/messenger-of.ts). */
  messenger?: Messenger;
  /** Draws sign-in codes (training.code): a QR of the H5 URL locally, a mini-program code on CloudBase. */
  signInCodes?: SignInCodeImage;
}
