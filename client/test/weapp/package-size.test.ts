import fs from 'node:fs';
import path from 'node:path';
import { assertBuilt, distDir } from './harness';

/** WeChat refuses to upload a main package over 2 MB. */
const MAIN_PACKAGE_LIMIT = 2 * 1024 * 1024;

function sizeOf(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const p = path.join(dir, entry.name);
    return sum + (entry.isDirectory() ? sizeOf(p) : fs.statSync(p).size);
  }, 0);
}

it('the mini-program main package stays under WeChat’s 2 MB limit', () => {
  assertBuilt();
  const bytes = sizeOf(distDir);
  expect(bytes).toBeGreaterThan(0);
  expect(bytes).toBeLessThan(MAIN_PACKAGE_LIMIT);
});
