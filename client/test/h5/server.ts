/**
 * A tiny HTTP server for the H5 tests: serves client/dist/h5 like the local server does,
 * and — when `api` is on — a fake of the local API (docs/api-contract.md): demo people,
 * sign-in by personId or name + code, identity.whoami and progress.mine by bearer token
 * (reports computed by the real engine under 通榆 2026: 王芳 far behind, 李强 through;
 * not a teacher → FORBIDDEN like the server). With `api` off,
 * /local and /api answer 404 like a plain static server, i.e. "no API running".
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { behindRecords, fullRecords, mineAnswer, tongyuReport } from '../support/progress-fixtures';

export const h5Dir = path.resolve(__dirname, '..', '..', 'dist', 'h5');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
};

/** Fails with a clear message instead of skipping when the build is missing. */
export function assertBuilt(): void {
  const index = path.join(h5Dir, 'index.html');
  if (!fs.existsSync(index)) {
    throw new Error(`找不到网页版构建产物 ${index}。请先运行 npm run build:h5（npm test 会自动构建）。`);
  }
}

/** Rows shaped like demoPersonViewSchema (shared/schemas/api/local.ts). */
export const demoPeople = [
  { personId: 'p-wang', name: '王芳', roles: ['teacher'], schoolName: '城关第一小学', countyName: '示范县', note: '进度落后' },
  { personId: 'p-li', name: '李强', roles: ['teacher', 'principal'], schoolName: '城关第一小学', countyName: '示范县' },
  { personId: 'p-zhou', name: '周敏', roles: ['county-admin'], schoolName: null, countyName: '示范县教育局' },
];
const codes: Record<string, string> = { AB2C3D4E: '赵敏' };

function personView(name: string) {
  return { id: `id-${name}`, name, countyId: 'c1', countyName: '示范县', schoolId: 's1', schoolName: '城关第一小学', statuses: [] };
}

export interface TestServer {
  url: string;
  /** Turn the fake API on or off while running. */
  api: boolean;
  /** progress.mine drops the connection (a network failure) while true. */
  failProgress: boolean;
  /** Every API request seen: method, path, body, Authorization. */
  requests: Array<{ method: string; path: string; body: unknown; auth?: string }>;
  close(): Promise<void>;
}

function readBody(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    let raw = '';
    req.on('data', (c: Buffer) => { raw += c.toString('utf8'); });
    req.on('end', () => { try { resolve(raw ? JSON.parse(raw) : undefined); } catch { resolve(raw); } });
  });
}

export async function startServer(options: { api: boolean }): Promise<TestServer> {
  assertBuilt();
  const sessions = new Map<string, string>();
  const send = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };

  const handleApi = async (req: http.IncomingMessage, res: http.ServerResponse, urlPath: string) => {
    const body = (await readBody(req)) as Record<string, string> | undefined;
    const auth = req.headers.authorization;
    state.requests.push({ method: req.method ?? '', path: urlPath, body, auth });
    if (req.method === 'GET' && urlPath === '/local/demo-people') return send(res, 200, { ok: true, data: { people: demoPeople } });
    if (req.method === 'POST' && urlPath === '/local/sign-in') {
      const byId = demoPeople.find((p) => p.personId === body?.personId)?.name;
      const byCode = body?.code && codes[body.code] === body.name ? body.name : undefined;
      const name = byId ?? byCode;
      if (!name) return send(res, 200, { ok: false, error: { code: 'NOT_FOUND', message: '姓名或绑定码不正确' } });
      const token = `tok_${Buffer.from(name).toString('hex')}`;
      sessions.set(token, name);
      return send(res, 200, { ok: true, data: { token, person: personView(name) } });
    }
    if (req.method === 'POST' && urlPath === '/local/sign-out') {
      sessions.delete((auth ?? '').replace(/^Bearer /, ''));
      return send(res, 200, { ok: true, data: { signedOut: true } });
    }
    if (req.method === 'POST' && urlPath === '/api/fn/identity') {
      const name = sessions.get((auth ?? '').replace(/^Bearer /, ''));
      if (!name) return send(res, 200, { ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
      const roles = (demoPeople.find((p) => p.name === name)?.roles ?? ['teacher']).map((role) => ({ role, countyId: 'c1', schoolId: 's1' }));
      return send(res, 200, { ok: true, data: { bound: true, person: personView(name), roles } });
    }
    if (req.method === 'POST' && urlPath === '/api/fn/progress' && body?.action === 'mine') {
      const name = sessions.get((auth ?? '').replace(/^Bearer /, ''));
      if (!name) return send(res, 200, { ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
      if (state.failProgress) { req.socket.destroy(); return; }
      const roles = demoPeople.find((p) => p.name === name)?.roles ?? ['teacher'];
      if (!roles.includes('teacher')) return send(res, 200, { ok: false, error: { code: 'FORBIDDEN', message: '只有在册教师可以提交学时记录' } });
      const records = name === '李强' ? fullRecords() : behindRecords();
      return send(res, 200, { ok: true, data: mineAnswer(tongyuReport(records), name === '李强' ? 0 : 1) });
    }
    return send(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: '请求的地址不存在' } });
  };

  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    if (urlPath.startsWith('/local/') || urlPath.startsWith('/api/')) {
      if (state.api) { void handleApi(req, res, urlPath); return; }
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not Found');
      return;
    }
    const file = path.join(h5Dir, urlPath === '/' ? 'index.html' : path.normalize(urlPath));
    if (!file.startsWith(h5Dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404); res.end('Not Found'); return;
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const state: TestServer = {
    url: `http://127.0.0.1:${port}`,
    api: options.api,
    failProgress: false,
    requests: [],
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
  return state;
}
