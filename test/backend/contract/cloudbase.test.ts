/**
 * Runs the storage contracts against a real CloudBase environment. There is
 * no offline emulator, so without TCB_ENV_ID + TCB_SECRET_ID + TCB_SECRET_KEY the
 * whole block is registered with describe.skip and reported as skipped.
 * The contract uses only `ct_*` collections and the `contract/` storage folder.
 */
import { init, type CloudBase } from '@cloudbase/node-sdk';
import { createCloudbaseDocumentStore } from '../../../cloudfunctions/_core/adapters/cloudbase/cloudbase-document-store';
import { createCloudbaseFileStore } from '../../../cloudfunctions/_core/adapters/cloudbase/cloudbase-file-store';
import type { FileStore } from '../../../cloudfunctions/_core/ports/file-store';
import { CT, describeDocumentStoreContract } from './document-store.contract';
import { describeFileStoreContract } from './file-store.contract';

const env = process.env.TCB_ENV_ID;
const secretId = process.env.TCB_SECRET_ID;
const secretKey = process.env.TCB_SECRET_KEY;
const configured = Boolean(env && secretId && secretKey);
const label = configured ? `CloudBase env ${env}` : 'CloudBase (set TCB_ENV_ID, TCB_SECRET_ID, TCB_SECRET_KEY to run)';
const describeIf = configured ? describe : describe.skip;

let app: CloudBase | undefined;
const getApp = (): CloudBase => (app ??= init({ env, secretId, secretKey }));

const COLLECTIONS = [CT.items, CT.counters, CT.other, 'ct_never_written'];

/** Creates the contract collections if needed and empties them. */
async function resetCollections(): Promise<void> {
  const db = getApp().database();
  for (const name of COLLECTIONS) {
    try {
      await db.createCollection(name);
    } catch {
      // Already exists: fine.
    }
    await db.collection(name).where({ _id: db.command.exists(true) }).remove();
  }
}

describeDocumentStoreContract(label, async () => {
  await resetCollections();
  return { store: createCloudbaseDocumentStore({ app: getApp() }), cleanup: resetCollections };
}, { describe: describeIf, timeoutMs: 60_000, allConcurrentTransactionsCommit: false });

describeFileStoreContract(label, async () => {
  const inner = createCloudbaseFileStore({ app: getApp() });
  const written: string[] = [];
  const store: FileStore = {
    ...inner,
    async put(path, bytes, type) {
      const stored = await inner.put(path, bytes, type);
      written.push(stored.fileId);
      return stored;
    },
  };
  const probe = await inner.put(`contract/probe-${Date.now()}.bin`, Buffer.from('x'), 'application/octet-stream');
  await inner.remove(probe.fileId);
  return {
    store,
    missingId: probe.fileId,
    cleanup: async () => { for (const id of written) await inner.remove(id); },
  };
}, { describe: describeIf, timeoutMs: 60_000 });
