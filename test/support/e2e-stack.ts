import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { createLocalServer, type LocalServer } from '../../cloudfunctions/_local/server';
import { runSeed, type SeedOutcome } from '../../cloudfunctions/_local/seed';
import { launchChromium } from './chromium';

/** The built H5 app the browser tests load (`npm run build:h5`; npm test builds it first). */
export const h5Dir = path.resolve(__dirname, '..', '..', 'client', 'dist', 'h5');

/** A running local stack for a browser test: seeded server on a temp folder, and Chromium. */
export interface E2eStack { url: string; dataDir: string; server: LocalServer; seed: SeedOutcome; browser: Browser; close(): Promise<void> }

/** Starts the real local server (demo county seeded at `now`) serving the real H5 build, and Chromium. */
export async function startE2eStack(now: string): Promise<E2eStack> {
  if (!existsSync(path.join(h5Dir, 'index.html'))) throw new Error('缺少 client/dist/h5：请先运行 npm run build:h5');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'credits-e2e-'));
  const server = await createLocalServer({ dataDir, port: 0, clientDir: h5Dir, clock: () => now });
  const seed = await runSeed(server.store, server.files, now);
  const url = await server.listen();
  const browser = await launchChromium();
  return {
    url, dataDir, server, seed, browser,
    async close() {
      await browser.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
