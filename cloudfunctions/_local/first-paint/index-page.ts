import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { WhoamiData } from '../../../shared/schemas/api/identity';
import type { MineData } from '../../../shared/schemas/api/progress';
import { renderHomeFirstPaint } from './render-home';

/** What the page carries for the app: the answers it would otherwise ask for first, as envelopes. */
export interface BootAnswers {
  'identity.whoami'?: { ok: true; data: WhoamiData };
  'progress.mine'?: { ok: true; data: MineData };
}

/**
 * Overlay styles only (everything else is the app's own stylesheet, inlined):
 * the first paint sits above the app while the app boots underneath, then the
 * app removes it (client/src/services/first-paint.ts).
 */
const overlayCss = '#first-paint{position:fixed;top:0;right:0;bottom:0;left:0;z-index:2000;overflow-y:auto;background:#f3f5f8}'
  + '#first-paint a.btn{display:block;box-sizing:border-box;text-align:center;text-decoration:none}'
  + '#first-paint span{display:block}#first-paint .pline__row span{display:inline}'
  + '.first-paint__note{color:#3a3a3a;font-size:.85rem;margin:.6rem .2rem}';

/**
 * Drops the overlay at once when the page was opened on another route, or when
 * she taps a link in it (the hash router then shows that page).
 */
const routeGuard = '<script>(function(){function off(){var h=location.hash;if(h&&h!=="#/"&&h.indexOf("#/pages/home")!==0){'
  + 'var e=document.getElementById("first-paint");if(e)e.parentNode.removeChild(e);window.removeEventListener("hashchange",off);}}'
  + 'off();window.addEventListener("hashchange",off);})();</script>';

/** JSON inside a script element: `<` escaped so no string in the data can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/**
 * The built index.html, prepared once: the app's stylesheet inlined (it is the
 * first paint's stylesheet too, and a separate file would hold the paint back
 * by a round trip), ready to take a first paint and boot answers per request.
 */
export function loadIndexTemplate(clientDir: string): (whoami: WhoamiData | null, mine: MineData | null) => string {
  const html = readFileSync(path.join(clientDir, 'index.html'), 'utf8');
  const cssDir = path.join(clientDir, 'css');
  const withCss = html.replace(/<link href="\.\/css\/(app\.[\w.]+\.css)" rel="stylesheet">/, (link, file: string) => {
    if (!readdirSync(cssDir).includes(file)) return link;
    return `<style>${readFileSync(path.join(cssDir, file), 'utf8')}${overlayCss}</style>`;
  });
  const [head, tail] = withCss.split('<div id="app"></div>');
  if (tail === undefined) return () => withCss; // not a Taro build we know: serve it as built
  return (whoami, mine) => {
    const boot: BootAnswers = {};
    if (whoami) boot['identity.whoami'] = { ok: true, data: whoami };
    if (mine) boot['progress.mine'] = { ok: true, data: mine };
    return `${head}<div id="first-paint">${renderHomeFirstPaint(whoami, mine)}</div>${routeGuard}<div id="app"></div>`
      + `<script id="boot-answers" type="application/json">${scriptJson(boot)}</script>${tail}`;
  };
}

/** The page compressed the way the browser asks (brotli at a fast level: it is made per request). */
export function compressPage(html: string, acceptEncoding: string | undefined): { body: Buffer; encoding?: 'br' | 'gzip' } {
  const raw = Buffer.from(html, 'utf8');
  if (/\bbr\b/.test(acceptEncoding ?? '')) return { body: brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } }), encoding: 'br' };
  if (/\bgzip\b/.test(acceptEncoding ?? '')) return { body: gzipSync(raw, { level: 6 }), encoding: 'gzip' };
  return { body: raw };
}
