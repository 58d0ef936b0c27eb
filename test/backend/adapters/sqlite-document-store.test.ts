/** What only the SQLite adapter promises, beyond the shared contract. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createSqliteDocumentStore, type SqliteDocumentStore } from '../../../cloudfunctions/_core/adapters/local/sqlite-document-store';
import type { DocumentTransaction } from '../../../cloudfunctions/_core/ports/document-store';

let dir: string;
let file: string;
let store: SqliteDocumentStore;
const indexes = { records: [['teacherId'], ['schoolId', 'status']], people: [['schoolId']] };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sqlite-adapter-'));
  file = join(dir, 'nested', 'credits.sqlite');
  store = createSqliteDocumentStore({ file, indexes });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function withRawDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true });
  try { return fn(db); } finally { db.close(); }
}

it('creates the folder, uses WAL, and keeps data across reopen', async () => {
  await store.set('records', { _id: 'r1', title: '继续教育' });
  await store.close();
  store = createSqliteDocumentStore({ file, indexes });
  expect(await store.get('records', 'r1')).toEqual({ _id: 'r1', title: '继续教育' });
  expect(withRawDb((db) => db.pragma('journal_mode', { simple: true }))).toBe('wal');
});

it('creates the declared expression indexes and the planner uses them', async () => {
  await store.add('records', { teacherId: 't1', schoolId: 's1', status: 'pending' });
  const plan = withRawDb((db) => {
    const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'records' AND name LIKE 'ix_%' ORDER BY name").pluck().all();
    const detail = db.prepare("EXPLAIN QUERY PLAN SELECT doc FROM \"records\" WHERE json_extract(doc, '$.schoolId') = ? AND json_extract(doc, '$.status') = ?")
      .all('s1', 'pending') as { detail: string }[];
    return { names, detail: detail.map((d) => d.detail).join(' ') };
  });
  expect(plan.names).toEqual(['ix_records_schoolId_status', 'ix_records_teacherId']);
  expect(plan.detail).toContain('USING INDEX ix_records_schoolId_status');
});

it('refuses an index spec with a bad field name at start-up', () => {
  expect(() => createSqliteDocumentStore({ file: join(dir, 'x.sqlite'), indexes: { records: [["a'); DROP TABLE x; --"]] } }))
    .toThrow(/invalid field name/);
});

it('inside work, calling the store instead of tx fails fast with TRANSACTION_MISUSE (instead of deadlocking)', async () => {
  await expect(store.transaction(async () => store.get('records', 'r1'))).rejects.toMatchObject({ code: 'TRANSACTION_MISUSE' });
  await expect(store.transaction(async () => store.transaction(async () => 1))).rejects.toMatchObject({ code: 'TRANSACTION_MISUSE' });
  // The store is still usable afterwards.
  await store.set('records', { _id: 'after', ok: true });
  expect(await store.get('records', 'after')).toEqual({ _id: 'after', ok: true });
});

it('a tx handle used after its transaction ended is refused', async () => {
  let leaked: DocumentTransaction | undefined;
  await store.transaction(async (tx) => { leaked = tx; });
  await expect(leaked?.set('records', { _id: 'late', v: 1 })).rejects.toMatchObject({ code: 'TRANSACTION_MISUSE' });
  expect(await store.get('records', 'late')).toBeNull();
});

it('a collection first created inside a rolled-back transaction is usable afterwards', async () => {
  await expect(store.transaction(async (tx) => { await tx.add('brand_new', { v: 1 }); throw new Error('no'); })).rejects.toThrow('no');
  expect(await store.count('brand_new', {})).toBe(0);
  await store.add('brand_new', { v: 2 });
  expect(await store.count('brand_new', {})).toBe(1);
});

it('a second connection (another process) sees only committed data', async () => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => { release = resolve; });
  let written!: () => void;
  const inTx = new Promise<void>((resolve) => { written = resolve; });
  await store.set('records', { _id: 'seed', v: 0 });
  const tx = store.transaction(async (t) => { await t.set('records', { _id: 'pending-write', v: 1 }); written(); await gate; });
  await inTx;
  expect(withRawDb((db) => db.prepare('SELECT count(*) FROM "records"').pluck().get())).toBe(1);
  release();
  await tx;
  expect(withRawDb((db) => db.prepare('SELECT count(*) FROM "records"').pluck().get())).toBe(2);
});
