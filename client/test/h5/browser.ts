/**
 * Headless Chromium (the system /usr/bin/chromium) through playwright-core, with flags
 * that keep it quiet and offline apart from the test server. Playwright gives every
 * launch() a fresh temporary profile (user-data-dir) and removes it on close; each test
 * then gets its own context (empty storage) on a phone viewport.
 */
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const args = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync',
];

export async function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`找不到 ${CHROMIUM}：请先 apt-get install -y chromium`);
  return chromium.launch({ executablePath: CHROMIUM, args });
}

/** iPhone-sized viewport (375×812 CSS px, 2× pixels), Chinese locale. */
export function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN',
  });
}
