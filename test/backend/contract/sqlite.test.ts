/** Runs the storage contracts against the local adapters (always). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteDocumentStore } from '../../../cloudfunctions/_core/adapters/local/sqlite-document-store';
import { describeDocumentStoreContract } from './document-store.contract';

describeDocumentStoreContract('SQLite (better-sqlite3, temp file)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ct-sqlite-'));
  const store = createSqliteDocumentStore({
    file: join(dir, 'db.sqlite'),
    indexes: { ct_items: [['school', 'status'], ['hours']] },
  });
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
