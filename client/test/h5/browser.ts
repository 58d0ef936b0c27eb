/**
 * Headless Chromium through playwright-core, found by the one shared helper
 * (test/support/chromium.ts: Debian's /usr/bin/chromium, else the Chromium inside
 * @sparticuz/chromium), with flags that keep it quiet and offline apart from the
 * test server. Playwright gives every launch() a fresh temporary profile
 * (user-data-dir) and removes it on close; each test then gets its own context
 * (empty storage) on a phone viewport.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../../../test/support/chromium';

export function launch(): Promise<Browser> {
  return launchChromium();
}

/** iPhone-sized viewport (375×812 CSS px, 2× pixels), Chinese locale. */
export function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN',
  });
}
