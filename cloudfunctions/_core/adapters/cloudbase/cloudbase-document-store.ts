/**
 * DocumentStore on CloudBase (@cloudbase/node-sdk). Cannot run offline: the SDK
 * refuses every query without keys, so only the contract suite against a real
 * environment (TCB_ENV_ID + keys) exercises it.
 *
 * Shape differences this adapter hides:
 * - `get()` returns 100 rows by default and 1000 at most → `find` pages with skip/limit.
 * - `doc(id).get()` answers `{ data: [doc] }` outside and `{ data: doc | null }` inside a transaction.
 * - `doc(id).set(data)` refuses `_id` in `data`; `update` deep-merges nested objects,
 *   so object values are wrapped in `command.set` to keep the port's shallow merge.
 * - `runTransaction` only allows single-document operations and `add` — the port's
 *   DocumentTransaction is exactly that — and re-runs `work` on write conflicts.
 */
import type { CloudBase } from '@cloudbase/node-sdk';
import { DocumentStoreError, type DocumentStore, type DocumentTransaction, type StoredDoc } from '../../ports/document-store';
import { assertCollectionName, assertDocId, assertPlainJson, normalizeFindOptions } from '../doc-rules';
import { isTransactionConflict, sdkCall, toStoreError } from './cloudbase-errors';
import { toCloudbaseWhere } from './cloudbase-filter';
import type { CloudbaseCollection, CloudbaseCommand, CloudbaseDb, CloudbaseTransaction } from './cloudbase-types';

/** Options for {@link createCloudbaseDocumentStore}. */
export interface CloudbaseDocumentStoreOptions {
  /** An initialised app: `tcb.init({ env: tcb.SYMBOL_CURRENT_ENV })` inside a function. */
  app: CloudBase;
  /** Rows per request, 1–1000 (the platform maximum). Default 1000. */
  pageSize?: number;
  /** How often runTransaction retries on a write conflict. Default 5. */
  transactionRetries?: number;
}

/** Top-level plain-object values are replaced whole (`command.set`), not deep-merged. */
function shallowPatch(_: CloudbaseCommand, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    out[key] = isObject ? _.set(value) : value;
  }
  return out;
}

/** A JSON copy (drops `undefined`), without `_id`: `doc(id).set` refuses `_id` in the data. */
function withoutId(doc: StoredDoc): Record<string, unknown> {
  const { _id: _ignored, ...rest } = JSON.parse(JSON.stringify(doc)) as StoredDoc;
  return rest;
}

/** Single-document operations over a collection source: the db itself or an open transaction. */
function docOps(source: (name: string) => CloudbaseCollection, _: CloudbaseCommand, insideTx: boolean): DocumentTransaction {
  const coll = (name: string) => { assertCollectionName(name); return source(name); };
  return {
    async get<T extends StoredDoc>(collection: string, id: string): Promise<T | null> {
      assertDocId(id);
      const res = await sdkCall(`get ${collection}`, () => coll(collection).doc(id).get()) as { data: unknown };
      const doc = insideTx ? res.data : (res.data as unknown[])[0];
      return (doc ?? null) as T | null;
    },
    async set(collection, doc) {
      assertDocId(doc._id);
      assertPlainJson(doc);
      await sdkCall(`set ${collection}`, () => coll(collection).doc(doc._id).set(withoutId(doc)));
    },
    async update(collection, id, patch) {
      assertDocId(id);
      assertPlainJson(patch);
      if ('_id' in patch) throw new DocumentStoreError('INVALID_DOCUMENT', 'update cannot change _id');
      const data = shallowPatch(_, patch);
      if (Object.keys(data).length === 0) return;
      await sdkCall(`update ${collection}`, () => coll(collection).doc(id).update(data));
    },
    async add(collection, doc) {
      if (doc._id !== undefined) assertDocId(doc._id);
      assertPlainJson(doc);
      const clean = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
      const res = await sdkCall(`add ${collection}/${String(doc._id ?? '(new)')}`, () => coll(collection).add(clean));
      if (typeof res.id !== 'string') throw new DocumentStoreError('STORE_FAILURE', `add ${collection}: no id returned`);
      return res.id;
    },
    async remove(collection, id) {
      assertDocId(id);
      await sdkCall(`remove ${collection}`, () => coll(collection).doc(id).remove());
    },
  };
}

/** Creates the store over `app.database()`. */
export function createCloudbaseDocumentStore(options: CloudbaseDocumentStoreOptions): DocumentStore {
  const db: CloudbaseDb = options.app.database();
  const _ = db.command;
  const pageSize = Math.min(1000, Math.max(1, Math.trunc(options.pageSize ?? 1000)));
  const retries = options.transactionRetries ?? 5;
  const ops = docOps((name) => db.collection(name), _, false);

  return {
    ...ops,
    async find<T extends StoredDoc>(collection: string, filter: Parameters<DocumentStore['find']>[1], findOptions?: Parameters<DocumentStore['find']>[2]): Promise<T[]> {
      assertCollectionName(collection);
      const where = toCloudbaseWhere(_, filter);
      const { orderBy, skip, limit } = normalizeFindOptions(findOptions);
      const rows: T[] = [];
      if (where === null) return rows;
      let offset = skip;
      while (limit === undefined || rows.length < limit) {
        const want = limit === undefined ? pageSize : Math.min(pageSize, limit - rows.length);
        let query = Object.keys(where).length > 0 ? db.collection(collection).where(where) : db.collection(collection);
        for (const o of orderBy) query = query.orderBy(o.field, o.direction);
        const page = query.skip(offset).limit(want);
        const res = await sdkCall(`find ${collection}`, () => page.get());
        rows.push(...(res.data as T[]));
        offset += res.data.length;
        if (res.data.length < want) break;
      }
      return rows;
    },
    async count(collection, filter) {
      assertCollectionName(collection);
      const where = toCloudbaseWhere(_, filter);
      if (where === null) return 0;
      const base = db.collection(collection);
      const query = Object.keys(where).length > 0 ? base.where(where) : base;
      const res = await sdkCall(`count ${collection}`, () => query.count()) as { total?: number };
      return res.total ?? 0;
    },
    async transaction<T>(work: (tx: DocumentTransaction) => Promise<T>): Promise<T> {
      let workError: unknown = undefined;
      try {
        return (await db.runTransaction(async (t: CloudbaseTransaction) => {
          try {
            return await work(docOps((name) => t.collection(name), _, true));
          } catch (err) {
            workError = err;
            throw err;
          }
        }, retries)) as T;
      } catch (err) {
        // Errors the work threw (domain errors included) pass through unchanged, except a
        // conflict that survived every retry; failures of BEGIN/COMMIT become port errors.
        if (err === workError && !isTransactionConflict(err)) throw err;
        throw toStoreError(err, 'transaction');
      }
    },
  };
}
