/** Runs the storage contracts against the local adapters (always). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDiskFileStore } from '../../../cloudfunctions/_core/adapters/local/disk-file-store';
import { createSqliteDocumentStore } from '../../../cloudfunctions/_core/adapters/local/sqlite-document-store';
import { describeDocumentStoreContract } from './document-store.contract';
import { describeFileStoreContract } from './file-store.contract';

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

describeFileStoreContract('disk (temp data folder)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ct-files-'));
  return {
    store: createDiskFileStore({ dataDir: dir }),
    missingId: 'certificates/c0/t0/2025/never-stored.jpg',
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
