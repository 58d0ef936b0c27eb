/**
 * The document store port. Shaped after what CloudBase can do (single-document
 * transactions, equality/range filters, paging) so that the local SQLite adapter
 * never offers something production cannot honour.
 *
 * Semantics every adapter must honour (checked by the contract suite in
 * test/backend/contract/document-store.contract.ts):
 * - Documents are plain JSON: strings, finite numbers, booleans, null, arrays,
 *   plain objects. Dates are ISO strings (dayjs). `undefined` fields are dropped.
 *   Anything else (Date, Map, NaN…) is rejected with `INVALID_DOCUMENT`.
 * - Collection names match /^[A-Za-z_][A-Za-z0-9_]*$/; field names (optionally
 *   dotted paths such as `a.b`) match /^[A-Za-z_][A-Za-z0-9_.]*$/ with no empty segment.
 * - `find` returns every matching row unless `limit` is given; adapters page
 *   internally (CloudBase returns at most 1000 rows per request).
 * - Results are ordered by `orderBy`, then by `_id` ascending as a tie-breaker
 *   (so skip/limit paging is stable). Without `orderBy` the order is `_id` ascending.
 */
export type Scalar = string | number | boolean | null;

/** A stored document: a JSON object with a string `_id`. */
export interface StoredDoc { _id: string; [field: string]: unknown }

/**
 * Filter on fields: equality, or one operator object per field. Conditions on
 * different fields are ANDed. Comparisons are type-strict (the number 1 never
 * equals the string "1" or `true`); equality with `null` also matches a missing
 * field, and `neq` matches documents where the field is missing. Range operators
 * take a string or a number. Array-contains matching is not offered.
 */
export type FieldCondition =
  | Scalar
  | { in: Scalar[] }
  | { gte?: Scalar; gt?: Scalar; lte?: Scalar; lt?: Scalar; neq?: Scalar };
export type Filter = Record<string, FieldCondition>;

export interface FindOptions {
  orderBy?: { field: string; direction: 'asc' | 'desc' }[];
  limit?: number;   // adapters page internally; absent = all matching rows
  skip?: number;
}

/** Operations allowed inside a transaction: by id only, plus add (CloudBase's limits). */
export interface DocumentTransaction {
  /** The document with this id, or null. */
  get<T extends StoredDoc>(collection: string, id: string): Promise<T | null>;
  /** Creates or replaces the document with this id. */
  set(collection: string, doc: StoredDoc): Promise<void>;
  /**
   * Shallow-merges fields into an existing document: each top-level field in
   * `patch` replaces the stored value whole (nested objects are not deep-merged).
   * Does nothing when the document does not exist (read it first when that matters).
   * `_id` cannot be patched (`INVALID_DOCUMENT`).
   */
  update(collection: string, id: string, patch: Record<string, unknown>): Promise<void>;
  /**
   * Adds a document; the store assigns `_id` when absent. Returns the id.
   * Rejects with `DUPLICATE_ID` when a document with the given `_id` exists.
   */
  add(collection: string, doc: Omit<StoredDoc, '_id'> & { _id?: string }): Promise<string>;
  /** Removes the document; does nothing when it does not exist. */
  remove(collection: string, id: string): Promise<void>;
}

export interface DocumentStore extends DocumentTransaction {
  find<T extends StoredDoc>(collection: string, filter: Filter, options?: FindOptions): Promise<T[]>;
  count(collection: string, filter: Filter): Promise<number>;
  /**
   * Runs `work` atomically: all writes land or none do (a throw rolls back and
   * rethrows). Inside `work` use ONLY the `tx` handle — the local adapter rejects
   * calls on the store itself with `TRANSACTION_MISUSE`. CloudBase may re-run
   * `work` after a write conflict, so `work` must have no side effects besides `tx`.
   */
  transaction<T>(work: (tx: DocumentTransaction) => Promise<T>): Promise<T>;
}

/** Stable codes for misuse of the store (programming errors, not user input). */
export type DocumentStoreErrorCode =
  | 'INVALID_NAME'
  | 'INVALID_FILTER'
  | 'INVALID_DOCUMENT'
  | 'DUPLICATE_ID'
  | 'TRANSACTION_MISUSE'
  | 'TRANSACTION_CONFLICT'
  | 'STORE_FAILURE';

/**
 * Thrown by adapters. Use-cases map `DUPLICATE_ID` to DUPLICATE,
 * `TRANSACTION_CONFLICT` (CloudBase gave up after retries) to CONFLICT, the rest to INTERNAL.
 */
export class DocumentStoreError extends Error {
  constructor(readonly code: DocumentStoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DocumentStoreError';
  }
}
