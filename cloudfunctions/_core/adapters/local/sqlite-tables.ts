/**
 * Tables, indexes and cached statements for the SQLite document store: one
 * table per collection (`_id TEXT PRIMARY KEY, doc TEXT` holding the JSON),
 * created on first use together with the expression indexes declared for it.
 */
import type Database from 'better-sqlite3';
import { assertCollectionName, assertFieldName } from '../doc-rules';
import { fieldExpr } from './sqlite-filter';

/**
 * Indexes per collection; each inner array is one (possibly composite) index,
 * e.g. `{ records: [['teacherId'], ['schoolId', 'status']] }`.
 */
export type IndexSpec = Record<string, string[][]>;

/** Lazily creates tables and caches prepared statements by SQL text. */
export interface SqliteTables {
  /** Makes sure the collection's table and indexes exist; returns the quoted table name. */
  table(collection: string): string;
  prepare(sql: string): Database.Statement;
  /**
   * Forgets which tables exist. Called after a ROLLBACK: a table first created
   * inside the rolled-back transaction is gone again.
   */
  forget(): void;
}

const STATEMENT_CACHE_MAX = 500;

/** Validates the index spec up front so a typo fails at start-up, not on first write. */
function checkIndexSpec(indexes: IndexSpec): void {
  for (const [collection, list] of Object.entries(indexes)) {
    assertCollectionName(collection);
    for (const fields of list) {
      if (fields.length === 0) throw new Error(`empty index on ${collection}`);
      fields.forEach(assertFieldName);
    }
  }
}

/** Binds table management to one open connection. */
export function createSqliteTables(db: Database.Database, indexes: IndexSpec): SqliteTables {
  checkIndexSpec(indexes);
  const known = new Set<string>();
  const statements = new Map<string, Database.Statement>();

  function prepare(sql: string): Database.Statement {
    let stmt = statements.get(sql);
    if (!stmt) {
      // Statements differ by filter shape (not by value), so the cache stays small;
      // the cap only guards against unusual `in` list lengths piling up.
      if (statements.size >= STATEMENT_CACHE_MAX) statements.clear();
      stmt = db.prepare(sql);
      statements.set(sql, stmt);
    }
    return stmt;
  }

  function table(collection: string): string {
    assertCollectionName(collection);
    const quoted = `"${collection}"`;
    if (known.has(collection)) return quoted;
    db.exec(`CREATE TABLE IF NOT EXISTS ${quoted} (_id TEXT PRIMARY KEY, doc TEXT NOT NULL CHECK (json_valid(doc)))`);
    for (const fields of indexes[collection] ?? []) {
      const name = `"ix_${collection}_${fields.join('_').replace(/\./g, '_')}"`;
      db.exec(`CREATE INDEX IF NOT EXISTS ${name} ON ${quoted} (${fields.map(fieldExpr).join(', ')})`);
    }
    known.add(collection);
    return quoted;
  }

  return {
    table,
    prepare,
    forget() {
      known.clear();
      statements.clear();
    },
  };
}
