/**
 * The FileStore contract, run against the disk store always and against
 * CloudBase storage when credentials are configured.
 */
import { createHash } from 'node:crypto';
import type { FileStore } from '../../../cloudfunctions/_core/ports/file-store';

/** A fresh store for one test and how to dispose of it. */
export interface FileStoreFixture {
  store: FileStore;
  /** A file id that was never stored (shape valid for the adapter). */
  missingId: string;
  cleanup(): Promise<void>;
}

/** Registers the FileStore contract for one adapter. */
export function describeFileStoreContract(
  name: string,
  makeStore: () => Promise<FileStoreFixture>,
  options: { describe?: jest.Describe; timeoutMs?: number } = {},
): void {
  const describeFn = options.describe ?? describe;
  const t = options.timeoutMs ?? 20_000;
  const path = (leaf: string) => `contract/${Date.now().toString(36)}/${leaf}`;

  describeFn(`FileStore contract: ${name}`, () => {
    let fx: FileStoreFixture;
    beforeEach(async () => { fx = await makeStore(); }, t);
    afterEach(async () => { await fx.cleanup(); }, t);

    it('put returns id, size, type and sha256; get returns the same bytes', async () => {
      const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
      const stored = await fx.store.put(path('all-bytes.bin'), bytes, 'application/octet-stream');
      expect(stored.size).toBe(256);
      expect(stored.contentType).toBe('application/octet-stream');
      expect(stored.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(Buffer.compare((await fx.store.get(stored.fileId)) ?? Buffer.alloc(0), bytes)).toBe(0);
    }, t);

    it('get of a missing file is null', async () => {
      expect(await fx.store.get(fx.missingId)).toBeNull();
    }, t);

    it('urlFor gives a non-empty URL for a stored file', async () => {
      const stored = await fx.store.put(path('pic.png'), Buffer.from('png-ish'), 'image/png');
      expect(await fx.store.urlFor(stored.fileId)).toMatch(/^(\/files\/|https?:\/\/)\S+$/);
    }, t);

    it('remove deletes; removing again is a no-op', async () => {
      const stored = await fx.store.put(path('gone.pdf'), Buffer.from('%PDF-1.4'), 'application/pdf');
      await fx.store.remove(stored.fileId);
      await fx.store.remove(stored.fileId);
      expect(await fx.store.get(stored.fileId)).toBeNull();
    }, t);

    it('refuses storage paths that could escape or hide: .., absolute, backslash, empty segment', async () => {
      for (const bad of ['../x.jpg', 'a/../../x.jpg', '/etc/passwd', 'a\\b.jpg', 'a//b.jpg', '.hidden', 'a/./b.jpg', '']) {
        await expect(fx.store.put(bad, Buffer.from('x'), 'image/jpeg')).rejects.toThrow(/unsafe file path/);
      }
    }, t);
  });
}
