#!/usr/bin/env node
/**
 * `npm start`: one command to see the whole product on this machine.
 * 1. builds the H5 client when client/dist/h5 is missing or older than the client sources;
 * 2. starts the local server (cloudfunctions/_local/main.ts) with its data in `.data/`,
 *    which seeds the demo county on first run and keeps data across restarts.
 * PORT / HOST / DATA_DIR override the defaults (8787, 127.0.0.1, .data).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const clientIndex = path.join(root, 'client', 'dist', 'h5', 'index.html');
// The client compiles shared/ in, so a change there makes the build stale too (tests aside).
const sourceDirs = ['client/src', 'client/config', 'shared'].map((d) => path.join(root, d));

/** Newest modification time under `dir` (0 when absent). */
function newestMtime(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.name === '__tests__' || /\.test\.tsx?$/.test(entry.name)) continue;
    const t = entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

function needsBuild() {
  if (!existsSync(path.join(root, 'client', 'config'))) return false; // no client yet: server explains
  if (!existsSync(clientIndex)) return true;
  const built = statSync(clientIndex).mtimeMs;
  return sourceDirs.some((d) => newestMtime(d) > built);
}

if (process.env.SKIP_CLIENT_BUILD !== '1' && needsBuild()) {
  console.log('▶ 正在构建网页版客户端（npm run build:h5），第一次大约需要一两分钟……');
  const status = spawnSync('npm', ['run', '--silent', 'build:h5'], {
    cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' },
  }).status;
  if (status !== 0) {
    console.error('✖ 客户端构建失败。接口仍会启动，打开首页会看到说明。');
  }
}

const env = { ...process.env, DATA_DIR: process.env.DATA_DIR ?? path.join(root, '.data') };
const server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'cloudfunctions', '_local', 'main.ts')], {
  cwd: root, stdio: 'inherit', env,
});
// Forward Ctrl-C / kill so the server closes the database cleanly.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
