/**
 * THE one place browser tests find Chromium (client H5 tests, the end-to-end
 * test, screenshots): Debian's /usr/bin/chromium where it is installed (CI
 * installs it), otherwise the Chromium that ships inside the registry package
 * @sparticuz/chromium (a devDependency: `npm install` brings it, nothing is
 * downloaded), unpacked once into the temp folder. `CHROMIUM_PATH` names
 * another binary explicitly. Test-only.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
import { shippedFontEnv } from './shipped-fonts';

/** Debian's Chromium. `TEST_SYSTEM_CHROMIUM` moves it (set it to a missing path to try the fallback here). */
const systemChromium = process.env.TEST_SYSTEM_CHROMIUM ?? '/usr/bin/chromium';

/** The house flags: headless, quiet, offline apart from the test server. */
export const chromiumArgs = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync',
];

let resolved: { path: string; source: 'env' | 'system' | 'package' } | null = null;

/**
 * The packaged Chromium's path. The package is an ES module whose
 * `executablePath()` unpacks the brotli-compressed binary; a child node runs
 * it so jest's CommonJS transform never loads the module.
 */
function packagedChromium(): string {
  const script = "import('@sparticuz/chromium').then((m) => m.default.executablePath()).then((p) => process.stdout.write(p))";
  try {
    return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 120_000 }).trim();
  } catch (error) {
    throw new Error(`找不到可用的 Chromium：${systemChromium} 不存在，@sparticuz/chromium 也无法解压（请先 npm install）。${error instanceof Error ? error.message : ''}`);
  }
}

/** Which Chromium the browser tests use, and where it came from. */
export function resolveChromium(): { path: string; source: 'env' | 'system' | 'package' } {
  if (resolved) return resolved;
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) {
    if (!fs.existsSync(explicit)) throw new Error(`CHROMIUM_PATH 指向的 ${explicit} 不存在`);
    resolved = { path: explicit, source: 'env' };
  } else if (fs.existsSync(systemChromium)) {
    resolved = { path: systemChromium, source: 'system' };
  } else {
    resolved = { path: packagedChromium(), source: 'package' };
  }
  return resolved;
}

/**
 * Launches headless Chromium with the house flags (extra options merged in) and
 * the project's own Chinese fonts (shipped-fonts.ts), never the machine's.
 */
export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const env = { ...process.env, ...options.env, ...shippedFontEnv() };
  return chromium.launch({ ...options, env, executablePath: resolveChromium().path, args: [...chromiumArgs, ...(options.args ?? [])] });
}
