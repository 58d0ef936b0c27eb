#!/usr/bin/env node
/**
 * The one test command (README, CI): builds the client for weapp and h5 (the
 * miniprogram-simulate and Chromium layers test the compiled output), runs every
 * jest project, and ends with the plain line `N passed, N failed, N skipped`
 * read from jest's JSON result.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const skipBuild = process.env.SKIP_CLIENT_BUILD === '1';
if (!skipBuild && existsSync('client/config/index.ts')) {
  for (const type of ['weapp', 'h5']) {
    console.log(`\n▶ 构建小程序客户端 (${type})`);
    if (run('npm', ['run', '--silent', `build:${type}`], { NODE_ENV: 'production' }) !== 0) {
      console.error(`客户端 ${type} 构建失败`);
      process.exit(1);
    }
  }
}

const resultFile = '.jest-results.json';
rmSync(resultFile, { force: true });
const status = run('npx', ['jest', '--json', `--outputFile=${resultFile}`, ...process.argv.slice(2)]);

if (!existsSync(resultFile)) {
  console.error('jest 没有产生结果文件');
  process.exit(status || 1);
}
const result = JSON.parse(readFileSync(resultFile, 'utf8'));
const skipped = result.numPendingTests + result.numTodoTests;
console.log(`\n${result.numPassedTests} passed, ${result.numFailedTests} failed, ${skipped} skipped`);
const ok = status === 0 && result.success && result.numTotalTests > 0;
process.exit(ok ? 0 : 1);
