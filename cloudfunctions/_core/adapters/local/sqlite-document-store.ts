/**
 * Local DocumentStore on better-sqlite3 (WAL).
 *
 * Transactions: better-sqlite3's own `db.transaction()` only wraps synchronous
 * functions, but the port's `work` callback is async. So a transaction is an
 * explicit `BEGIN IMMEDIATE` … `COMMIT` / `ROLLBACK` around the awaited callback.
 * All statements share one connection, so while a transaction awaits, any
 * other statement on the connection would silently join (and be rolled back
 * with) it. Hence every operation — plain or transactional — goes through one
 * FIFO async mutex per store: a transaction holds it from BEGIN to COMMIT, plain
 * operations queue behind it. Inside `work`, the store itself is off limits
 * (AsyncLocalStorage detects it) because waiting on the mutex there would
 * deadlock; use the `tx` handle. IMMEDIATE takes the write lock at BEGIN, so a
 * second process (a CLI import) waits via busy_timeout instead of failing at
 * COMMIT with a lock upgrade error.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { DocumentStoreError, type DocumentStore, type DocumentTransaction } from '../../ports/document-store';
import { createAsyncMutex } from './async-mutex';
import { createSqliteOps, type SqliteOps } from './sqlite-ops';
import { createSqliteTables, type IndexSpec } from './sqlite-tables';

export type { IndexSpec } from './sqlite-tables';

/** Options for {@link createSqliteDocumentStore}. */
export interface SqliteDocumentStoreOptions {
  /** Database file (its folder is created), or ':memory:'. */
  file: string;
  /** Expression indexes per collection, created with the collection's table. */
  indexes?: IndexSpec;
  /** How long to wait for another process's write lock (ms). Default 5000. */
  busyTimeoutMs?: number;
}

/** A DocumentStore that owns an open SQLite connection. */
export interface SqliteDocumentStore extends DocumentStore {
  /** Closes the connection; waits for running transactions first. */
  close(): Promise<void>;
}

function txHandle(ops: SqliteOps, isOpen: () => boolean): DocumentTransaction {
  const live = <A extends unknown[], R>(fn: (...args: A) => R) => async (...args: A): Promise<R> => {
    if (!isOpen()) throw new DocumentStoreError('TRANSACTION_MISUSE', 'transaction handle used after the transaction ended');
    return fn(...args);
  };
  return {
    get: live(ops.get) as DocumentTransaction['get'],
    set: live(ops.set),
    update: live(ops.update),
    add: live(ops.add),
    remove: live(ops.remove),
  };
}

/** Opens (or creates) the database file and returns the store. */
export function createSqliteDocumentStore(options: SqliteDocumentStoreOptions): SqliteDocumentStore {
  if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
  const db = new Database(options.file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
  db.pragma('foreign_keys = ON');
  const tables = createSqliteTables(db, options.indexes ?? {});
  const ops = createSqliteOps(tables);
  const mutex = createAsyncMutex();
  const insideTransaction = new AsyncLocalStorage<true>();

  /** Queues `fn` on the connection, unless called from inside a transaction's work (would deadlock). */
  function exclusive<R>(fn: () => Promise<R> | R): Promise<R> {
    if (insideTransaction.getStore()) {
      return Promise.reject(new DocumentStoreError('TRANSACTION_MISUSE', 'inside transaction(work) use the tx handle, not the store'));
    }
    return mutex.run(fn);
  }
  const plain = exclusive;

  return {
    get: ((collection: string, id: string) => plain(() => ops.get(collection, id))) as DocumentStore['get'],
    set: (collection, doc) => plain(() => ops.set(collection, doc)),
    update: (collection, id, patch) => plain(() => ops.update(collection, id, patch)),
    add: (collection, doc) => plain(() => ops.add(collection, doc)),
    remove: (collection, id) => plain(() => ops.remove(collection, id)),
    find: ((collection, filter, findOptions) => plain(() => ops.find(collection, filter, findOptions))) as DocumentStore['find'],
    count: (collection, filter) => plain(() => ops.count(collection, filter)),
    transaction<T>(work: (tx: DocumentTransaction) => Promise<T>): Promise<T> {
      return exclusive(async () => {
        let open = true;
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await insideTransaction.run(true, () => work(txHandle(ops, () => open)));
          db.exec('COMMIT');
          return result;
        } catch (err) {
          if (db.inTransaction) db.exec('ROLLBACK');
          tables.forget();
          throw err;
        } finally {
          open = false;
        }
      });
    },
    close: () => mutex.run(() => { db.close(); }),
  };
}
