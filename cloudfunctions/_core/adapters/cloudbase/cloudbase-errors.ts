/**
 * Turns @cloudbase/node-sdk failures into port errors. The SDK throws TcbError
 * (an Error with a string `code`) by default; some paths return `{ code, message }`
 * instead, so results are checked too.
 */
import { DocumentStoreError } from '../../ports/document-store';

/** The SDK's code for a transaction that lost a write conflict (runTransaction retries on it). */
export const TRANSACTION_CONFLICT = 'DATABASE_TRANSACTION_CONFLICT';

function codeOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('code' in value)) return undefined;
  const code = (value as { code: unknown }).code;
  return typeof code === 'string' && code !== '' ? code : undefined;
}

function messageOf(value: unknown): string {
  if (typeof value === 'object' && value !== null && 'message' in value) return String((value as { message: unknown }).message);
  return String(value);
}

/** True for a duplicate-key failure (MongoDB E11000 underneath CloudBase). */
export function isDuplicateKey(err: unknown): boolean {
  return /E11000|duplicate/i.test(`${codeOf(err) ?? ''} ${messageOf(err)}`);
}

/** True when the SDK reports a write conflict between transactions. */
export function isTransactionConflict(err: unknown): boolean {
  return codeOf(err) === TRANSACTION_CONFLICT;
}

/** Throws when an SDK call returned (rather than threw) an error result; returns the result otherwise. */
export function checked<T>(result: T, what: string): T {
  const code = codeOf(result);
  if (code) {
    // Keep conflicts as the SDK's own shape so runTransaction still retries them.
    if (code === TRANSACTION_CONFLICT) throw result;
    throw toStoreError(result, what);
  }
  return result;
}

/** Maps any SDK failure to a DocumentStoreError, keeping the original as `cause`. */
export function toStoreError(err: unknown, what: string): DocumentStoreError {
  if (err instanceof DocumentStoreError) return err;
  if (isDuplicateKey(err)) return new DocumentStoreError('DUPLICATE_ID', `${what}: duplicate _id`, { cause: err });
  if (isTransactionConflict(err)) return new DocumentStoreError('TRANSACTION_CONFLICT', `${what}: write conflict`, { cause: err });
  return new DocumentStoreError('STORE_FAILURE', `${what}: ${codeOf(err) ?? ''} ${messageOf(err)}`.trim(), { cause: err });
}

/**
 * Awaits one SDK call and normalises its failure: a write conflict stays the
 * SDK's own error (runTransaction retries on its code); anything else becomes a
 * DocumentStoreError.
 */
export async function sdkCall<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return checked(await call(), what);
  } catch (err) {
    if (isTransactionConflict(err)) throw err;
    throw toStoreError(err, what);
  }
}
