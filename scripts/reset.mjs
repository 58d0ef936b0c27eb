#!/usr/bin/env node
/**
 * `npm run reset`: wipes the local data folder (`.data/`, or DATA_DIR) without
 * asking, and says what it removed. The next `npm start` seeds the demo county again.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, '.data'));

// Refuse to wipe anything that is obviously not a data folder (/, the repo, home).
const forbidden = [path.parse(dataDir).root, root, process.env.HOME ?? ''].map((p) => path.resolve(p));
if (forbidden.includes(dataDir)) {
  console.error(`✖ 拒绝删除 ${dataDir}：这不是数据目录。`);
  process.exit(1);
}

/** Counts files and bytes under a path. */
function measure(p) {
  const st = statSync(p);
  if (!st.isDirectory()) return { files: 1, bytes: st.size };
  return readdirSync(p).reduce((acc, name) => {
    const m = measure(path.join(p, name));
    return { files: acc.files + m.files, bytes: acc.bytes + m.bytes };
  }, { files: 0, bytes: 0 });
}

if (!existsSync(dataDir)) {
  console.log(`本地数据目录 ${dataDir} 不存在，无需清理。`);
  process.exit(0);
}
const entries = readdirSync(dataDir);
for (const name of entries) {
  const full = path.join(dataDir, name);
  const { files, bytes } = measure(full);
  rmSync(full, { recursive: true, force: true });
  const shown = full.startsWith(root + path.sep) ? path.relative(root, full) : full;
  console.log(`已删除 ${shown}（${files} 个文件，${(bytes / 1024).toFixed(1)} KB）`);
}
rmSync(dataDir, { recursive: true, force: true });
console.log(`本地数据已清空（${dataDir}）。下次 npm start 会重新生成演示数据。`);
