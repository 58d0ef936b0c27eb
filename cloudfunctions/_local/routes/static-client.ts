import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { homeAnswers, type HomeAnswerDeps } from '../first-paint/home-answers';
import { compressPage, loadIndexTemplate } from '../first-paint/index-page';
import { transportErrors } from '../reply';

/** Shown at `/` when the H5 build is missing, so a fresh checkout explains itself. */
export const missingBuildPage = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>师训学分 · 本地服务</title>
<style>body{font:20px/1.7 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:40em;margin:3em auto;padding:0 1em;color:#222}
code{background:#f2f2f2;padding:.1em .3em;border-radius:4px}</style></head>
<body><h1>还没有构建网页版客户端</h1>
<p>本地服务已经启动，接口可以使用，但找不到 <code>client/dist/h5/index.html</code>。</p>
<p>请在项目根目录运行 <code>npm run build:h5</code>，完成后重启 <code>npm start</code>；
或者直接运行 <code>npm start</code>，它会先自动构建。</p></body></html>`;

const notFoundBody = transportErrors.notFound();

// Paths that belong to the API; never answered with the app's index.html.
const apiPrefixes = ['/api/', '/local/', '/files/'];

/**
 * Serves the H5 build at `/`. Unknown GET paths fall back to index.html so the
 * browser-history router of the H5 app can deep-link; API paths keep their 404.
 * The page itself is made per request: it carries a signed-in teacher's 首页
 * and the answers the app asks first (decision 013), so it is never cached.
 */
export async function registerStaticClient<D>(app: FastifyInstance, clientDir: string, answers: HomeAnswerDeps<D>): Promise<void> {
  const hasBuild = existsSync(path.join(clientDir, 'index.html'));
  if (!hasBuild) {
    app.get('/', async (_req, reply) => reply.type('text/html; charset=utf-8').send(missingBuildPage));
    app.setNotFoundHandler((_req, reply) => reply.code(404).send(notFoundBody));
    return;
  }
  // preCompressed: the build writes .br/.gz next to each asset (scripts/precompress-h5.mjs); a
  // browser that accepts them gets the small file — on a slow line that is most of the wait.
  await app.register(fastifyStatic, { root: path.resolve(clientDir), prefix: '/', index: false, preCompressed: true });
  const page = loadIndexTemplate(clientDir);
  const sendPage = async (req: FastifyRequest, reply: FastifyReply) => {
    const { whoami, mine } = await homeAnswers(req.headers.cookie, answers);
    const { body, encoding } = compressPage(page(whoami, mine), req.headers['accept-encoding']);
    if (encoding) reply.header('Content-Encoding', encoding);
    return reply.type('text/html; charset=utf-8')
      .header('Cache-Control', 'no-store').header('Vary', 'Cookie, Accept-Encoding').send(body);
  };
  app.get('/', sendPage);
  app.get('/index.html', sendPage);
  app.setNotFoundHandler((req, reply) => {
    const isPage = req.method === 'GET' && !apiPrefixes.some((p) => req.url.startsWith(p))
      && !path.extname(req.url.split('?')[0] ?? '');
    if (isPage) return sendPage(req, reply);
    return reply.code(404).send(notFoundBody);
  });
}
