/**
 * Runs the compiled mini-program (client/dist/weapp) inside miniprogram-simulate.
 * miniprogram-simulate only knows Component(), so App()/Page() are shimmed here the way
 * the WeChat runtime would call them: App config captured and launched once; each Page
 * becomes a Component whose attached/ready lifetimes call onLoad/onShow/onReady.
 * The templates are compiled by WeChat's own wcc (miniprogram-compiler).
 */
import fs from 'node:fs';
import path from 'node:path';

export const distDir = path.resolve(__dirname, '..', '..', 'dist', 'weapp');

type Fn = (...args: unknown[]) => unknown;
type Cfg = Record<string, unknown>;
interface SimComponent {
  dom: HTMLElement;
  instance: Cfg & { setData: Fn };
  querySelector(selector: string): SimComponent | null;
  dispatchEvent(name: string, options?: { detail?: unknown }): void;
  attach(parent: Element): void;
}
interface Simulate {
  load(componentPath: string, options: { rootPath: string }): string;
  render(id: string): SimComponent;
}

/** Mock of wx.cloud: callFunction answers by action; `calls` records every event sent. */
export interface CloudMock {
  init: jest.Mock;
  callFunction: jest.Mock;
}

/** Fails with a clear message instead of skipping when the build is missing. */
export function assertBuilt(): void {
  const app = path.join(distDir, 'app.js');
  if (!fs.existsSync(app)) {
    throw new Error(`找不到小程序构建产物 ${app}。请先运行 npm run build:weapp（npm test 会自动构建）。`);
  }
}

let simulate: Simulate;
let appConfig: Cfg | undefined;
let loadingRoute = '';
let loadingQuery: Record<string, string> = {};
const pages: Cfg[] = [];

/**
 * Installs the shims, wx.cloud (and `wxExtras`: more wx API mocks — Taro wraps the wx APIs
 * that exist when app.js starts), and launches app.js once per test file.
 */
export function bootApp(cloud: CloudMock, wxExtras: Record<string, unknown> = {}): void {
  assertBuilt();
  // Must come first: it defines global Component and global wx (API stubs). A runtime
  // require, not an import, because it has to run after jsdom is up and in this order.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  simulate = require('miniprogram-simulate') as Simulate;
  const g = globalThis as unknown as Cfg & { wx: Cfg; Component: (def: Cfg) => void };
  g.wx.cloud = cloud;
  Object.assign(g.wx, wxExtras);
  g.App = (cfg: Cfg) => { appConfig = cfg; };
  g.getApp = () => appConfig;
  g.getCurrentPages = () => pages;
  g.Page = (cfg: Cfg) => {
    const route = loadingRoute;
    const query = loadingQuery;
    const methods: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(cfg)) if (typeof value === 'function') methods[key] = value;
    g.Component({
      data: cfg.data,
      methods,
      lifetimes: {
        attached(this: Cfg) {
          this.route = route;
          this.__route__ = route;
          pages.push(this);
          (this.onLoad as Fn | undefined)?.call(this, query);
          (this.onShow as Fn | undefined)?.call(this);
        },
        ready(this: Record<string, Fn>) { this.onReady?.call(this); },
      },
    });
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the built app, path known at runtime
  require(path.join(distDir, 'app.js'));
  if (!appConfig) throw new Error('app.js 没有调用 App()');
  (appConfig.onLaunch as Fn).call(appConfig, { path: 'pages/home/index', query: {}, scene: 1001 });
  (appConfig.onShow as Fn | undefined)?.call(appConfig, { path: 'pages/home/index', query: {}, scene: 1001 });
}

/**
 * Loads, renders and attaches one page (`query` = the page's onLoad options, e.g. `{ id }`).
 * Load each page at most once per test file:
 * the webpack chunk registry inside app.js caches page modules.
 */
export function openPage(route: string, query: Record<string, string> = {}): SimComponent {
  loadingRoute = route;
  loadingQuery = query;
  const id = simulate.load(path.join(distDir, route), { rootPath: distDir });
  const page = simulate.render(id);
  page.attach(document.createElement('parent-wrapper'));
  return page;
}

/** Polls until `check` passes (rendering is async: React → setData → template). */
export async function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`等待超时：${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** All text the page shows, whitespace collapsed. */
export const textOf = (page: SimComponent): string => (page.dom.textContent ?? '').replace(/\s+/g, ' ');
