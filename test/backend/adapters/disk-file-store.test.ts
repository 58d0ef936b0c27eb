/** What only the disk file store promises, beyond the shared contract. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDiskFileStore } from '../../../cloudfunctions/_core/adapters/local/disk-file-store';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'disk-files-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('stores under <dataDir>/files/<path>, the id is the path, the URL is /files/<id>', async () => {
  const store = createDiskFileStore({ dataDir: dir });
  const stored = await store.put('certificates/c1/t1/2025/a.jpg', Buffer.from([0xff, 0xd8, 0xff]), 'image/jpeg');
  expect(stored.fileId).toBe('certificates/c1/t1/2025/a.jpg');
  expect(readFileSync(join(dir, 'files', 'certificates/c1/t1/2025/a.jpg'))).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  expect(await store.urlFor(stored.fileId)).toBe('/files/certificates/c1/t1/2025/a.jpg');
  expect(store.pathOf(stored.fileId)).toBe(join(dir, 'files', 'certificates/c1/t1/2025/a.jpg'));
  // No temp files left behind by the write-then-rename.
  expect(readdirSync(join(dir, 'files', 'certificates/c1/t1/2025'))).toEqual(['a.jpg']);
});

it('never reads, serves or deletes outside the storage root', async () => {
  writeFileSync(join(dir, 'secret.txt'), 'top secret');
  const store = createDiskFileStore({ dataDir: dir });
  for (const bad of ['../secret.txt', 'certificates/../../secret.txt', '/etc/passwd', '%2e%2e/secret.txt', 'a\\..\\secret.txt']) {
    await expect(store.get(bad)).rejects.toThrow(/unsafe file path/);
    await expect(store.urlFor(bad)).rejects.toThrow(/unsafe file path/);
    await expect(store.remove(bad)).rejects.toThrow(/unsafe file path/);
    expect(() => store.pathOf(bad)).toThrow(/unsafe file path/);
  }
  expect(existsSync(join(dir, 'secret.txt'))).toBe(true);
});
