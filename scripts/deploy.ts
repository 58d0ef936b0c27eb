/**
 * `npm run deploy`: builds every cloud function, then deploys them with the
 * CloudBase CLI (`tcb fn deploy`, reading cloudbaserc.json). Needs a CloudBase
 * environment and a login; on this machine neither exists, so it stops early
 * with a message saying what is missing (docs/deploy.md).
 *
 *   TCB_ENV_ID=your-env-id [TCB_SECRET_ID=… TCB_SECRET_KEY=…] npm run deploy
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { buildFunctions, discoverFunctions } from './build-functions';

/** Runs the CloudBase CLI through npx (fetched on first use), inheriting the terminal. */
function tcb(args: string[], quiet = false): number {
  const run = spawnSync('npx', ['-y', '-p', '@cloudbase/cli', 'tcb', ...args], { stdio: quiet ? 'pipe' : 'inherit', env: process.env });
  return run.status ?? 1;
}

/** Functions whose cloudbaserc.json entry declares triggers (`tcb fn deploy` does not create them). */
function functionsWithTriggers(): string[] {
  const rc = JSON.parse(readFileSync('cloudbaserc.json', 'utf8')) as { functions: { name: string; triggers?: unknown[] }[] };
  return rc.functions.filter((f) => (f.triggers ?? []).length > 0).map((f) => f.name);
}

function stop(message: string): never {
  console.error(`\n✗ ${message}\n  详见 docs/deploy.md`);
  process.exit(1);
}

async function deploy(): Promise<void> {
  const envId = process.env.TCB_ENV_ID;
  if (!envId) {
    stop('没有设置 TCB_ENV_ID（云开发环境 ID）。例如：TCB_ENV_ID=credits-1a2b3c npm run deploy');
  }
  const names = discoverFunctions();
  if (names.length === 0) stop('cloudfunctions/ 下没有云函数（<函数名>/index.ts）。');

  console.log(`▶ 构建 ${names.length} 个云函数：${names.join('、')}`);
  const built = await buildFunctions({ only: names });
  for (const b of built) console.log(`  ✓ ${b.name} ${(b.bytes / 1024).toFixed(1)} KB`);

  const { TCB_SECRET_ID: secretId, TCB_SECRET_KEY: secretKey } = process.env;
  if (secretId && secretKey) {
    console.log('▶ 用 API 密钥登录 CloudBase CLI');
    if (tcb(['login', '--apiKeyId', secretId, '--apiKey', secretKey]) !== 0) stop('CloudBase CLI 登录失败：请检查 TCB_SECRET_ID / TCB_SECRET_KEY。');
  } else if (tcb(['env', 'list'], true) !== 0) {
    stop('CloudBase CLI 尚未登录。请先运行 `npx -y -p @cloudbase/cli tcb login`，或设置 TCB_SECRET_ID 和 TCB_SECRET_KEY。');
  }

  console.log(`▶ 部署到环境 ${envId}`);
  // --force: overwrite functions that already exist; -e: the env even if .env files say otherwise.
  if (tcb(['fn', 'deploy', '--all', '--force', '-e', envId]) !== 0) stop('部署失败（见上方 CLI 输出）。');
  // Timer triggers are created from cloudbaserc.json by their own command (the daily cleanup).
  for (const name of functionsWithTriggers()) {
    console.log(`▶ 创建定时触发器：${name}`);
    if (tcb(['fn', 'trigger', 'create', name, '-e', envId, '--yes']) !== 0) stop(`定时触发器 ${name} 创建失败（见上方 CLI 输出；已存在时可先 tcb fn trigger delete ${name}）。`);
  }
  console.log('✓ 部署完成。请在云开发控制台确认集合、索引和安全规则（docs/deploy.md）。');
}

deploy().catch((err: unknown) => stop(`部署中断：${err instanceof Error ? err.message : String(err)}`));
