/**
 * The synchronous document operations on one SQLite connection. The store
 * wraps them in async methods; a transaction calls them between BEGIN and COMMIT.
 */
import { randomUUID } from 'node:crypto';
import { DocumentStoreError, type Filter, type FindOptions, type StoredDoc } from '../../ports/document-store';
import { assertDocId, assertPlainJson } from '../doc-rules';
import { orderLimitSql, whereSql } from './sqlite-filter';
import type { SqliteTables } from './sqlite-tables';

/** Synchronous counterparts of the port methods. */
export interface SqliteOps {
  get(collection: string, id: string): StoredDoc | null;
  set(collection: string, doc: StoredDoc): void;
  update(collection: string, id: string, patch: Record<string, unknown>): void;
  add(collection: string, doc: Record<string, unknown>): string;
  remove(collection: string, id: string): void;
  find(collection: string, filter: Filter, options?: FindOptions): StoredDoc[];
  count(collection: string, filter: Filter): number;
}

function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err
    && (err.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || err.code === 'SQLITE_CONSTRAINT_UNIQUE');
}

/** A 32-hex-digit id, the same shape as CloudBase's generated ids. */
export function newDocId(): string {
  return randomUUID().replace(/-/g, '');
}

/** Builds the operations over the given tables. */
export function createSqliteOps(tables: SqliteTables): SqliteOps {
  const { table, prepare } = tables;

  function write(collection: string, doc: StoredDoc): void {
    prepare(`INSERT INTO ${table(collection)} (_id, doc) VALUES (?, ?) ON CONFLICT(_id) DO UPDATE SET doc = excluded.doc`)
      .run(doc._id, JSON.stringify(doc));
  }

  function get(collection: string, id: string): StoredDoc | null {
    assertDocId(id);
    const row = prepare(`SELECT doc FROM ${table(collection)} WHERE _id = ?`).get(id) as { doc: string } | undefined;
    return row ? (JSON.parse(row.doc) as StoredDoc) : null;
  }

  return {
    get,
    set(collection, doc) {
      assertDocId(doc._id);
      assertPlainJson(doc);
      write(collection, doc);
    },
    update(collection, id, patch) {
      assertDocId(id);
      assertPlainJson(patch);
      if ('_id' in patch) throw new DocumentStoreError('INVALID_DOCUMENT', 'update cannot change _id');
      const current = get(collection, id);
      if (!current) return;
      write(collection, { ...current, ...patch, _id: id });
    },
    add(collection, doc) {
      const id = doc._id === undefined ? newDocId() : doc._id;
      assertDocId(id);
      assertPlainJson(doc);
      try {
        prepare(`INSERT INTO ${table(collection)} (_id, doc) VALUES (?, ?)`).run(id, JSON.stringify({ ...doc, _id: id }));
      } catch (err) {
        if (isUniqueViolation(err)) throw new DocumentStoreError('DUPLICATE_ID', `${collection}/${id} already exists`, { cause: err });
        throw err;
      }
      return id;
    },
    remove(collection, id) {
      assertDocId(id);
      prepare(`DELETE FROM ${table(collection)} WHERE _id = ?`).run(id);
    },
    find(collection, filter, options) {
      const where = whereSql(filter);
      const tail = orderLimitSql(options);
      const rows = prepare(`SELECT doc FROM ${table(collection)} ${where.sql} ${tail.sql}`)
        .all(...where.params, ...tail.params) as { doc: string }[];
      return rows.map((row) => JSON.parse(row.doc) as StoredDoc);
    },
    count(collection, filter) {
      const where = whereSql(filter);
      const row = prepare(`SELECT count(*) AS n FROM ${table(collection)} ${where.sql}`).get(...where.params) as { n: number };
      return row.n;
    },
  };
}
