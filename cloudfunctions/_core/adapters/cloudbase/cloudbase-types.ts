/**
 * The slices of @cloudbase/node-sdk types the adapters use, derived from the
 * SDK's own declarations so a changed SDK fails type-checking here.
 */
import type { CloudBase } from '@cloudbase/node-sdk';

/** `app.database()`. */
export type CloudbaseDb = ReturnType<CloudBase['database']>;
/** `db.collection(name)` — also what a transaction's `collection(name)` returns. */
export type CloudbaseCollection = ReturnType<CloudbaseDb['collection']>;
/** `collection.where(...)`: the query builder. */
export type CloudbaseQuery = ReturnType<CloudbaseCollection['where']>;
/** `db.command` (eq, neq, in, gte…, set…). */
export type CloudbaseCommand = CloudbaseDb['command'];

/**
 * What `db.runTransaction(cb)` hands to `cb`: `collection(name)` whose
 * `doc(id).get()` answers `{ data: doc | null }` (not an array, unlike outside).
 * The SDK types `runTransaction` as `any`, so this is spelled out here.
 */
export interface CloudbaseTransaction {
  collection(name: string): CloudbaseCollection;
}
