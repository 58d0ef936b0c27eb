import type { CloudBase } from '@cloudbase/node-sdk';
import { UnsafeFilePathError } from '../file-path';
import { createCloudbaseFileStore } from './cloudbase-file-store';

describe('CloudBase file store: ids it can never hold', () => {
  // Any call reaching the platform is a failure of the check, so the app throws if touched.
  const app = new Proxy({}, { get: () => () => { throw new Error('platform reached'); } }) as unknown as CloudBase;
  const store = createCloudbaseFileStore({ app });

  it.each(['staging/abcdefgh.png', '../x.jpg', 'cloud://env 1/x.png', ''])('%j is the shared UnsafeFilePathError (code INVALID_FILE_PATH)', async (bad) => {
    for (const call of [() => store.get(bad), () => store.urlFor(bad), () => store.remove(bad)]) {
      const err: unknown = await call().then(() => 'resolved', (e: unknown) => e);
      expect(err).toBeInstanceOf(UnsafeFilePathError);
      expect(err).toMatchObject({ code: 'INVALID_FILE_PATH', message: expect.stringMatching(/^not a CloudBase fileID/) });
    }
  });
});
