/**
 * The deploy build: bundles are CommonJS with `exports.main`, keep the SDK
 * external (required at run time, not inlined), and cloudbaserc.json deploys
 * exactly the registered functions.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { functionNames, timerFunctionNames } from '../cloudfunctions/_core/registry';
import { buildFunctions, discoverFunctions, NATIVE_FUNCTIONS } from './build-functions';

const repo = resolve(__dirname, '..');
const sdkMarker = 'TcbDBApiHttpRequester'; // a class inside @cloudbase/node-sdk's own code

/** Loads a bundle in a fresh node with the repo's node_modules on the path; reports what `main` is (and answers, given a call). */
function loadBundle(file: string, call?: unknown, context: unknown = {}): { mainType: string; result?: unknown } {
  const script = `const m = require(${JSON.stringify(file)});
    Promise.resolve(${call === undefined ? 'undefined' : `m.main(${JSON.stringify(call)}, ${JSON.stringify(context)})`})
      .then((result) => console.log(JSON.stringify({ mainType: typeof m.main, result })));`;
  const run = spawnSync(process.execPath, ['-e', script], { env: { ...process.env, NODE_PATH: join(repo, 'node_modules') }, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as { mainType: string; result?: unknown };
}

describe('build-functions on a fixture function', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'fn-build-'));
    const src = join(dir, 'src');
    for (const folder of ['hello', '_core', '.hidden', 'no-entry']) mkdirSync(join(src, folder), { recursive: true });
    writeFileSync(join(src, '_core', 'greet.ts'), 'export const greet = (n: string): string => `你好，${n}`;\n');
    writeFileSync(join(src, 'hello', 'index.ts'), [
      "import { init } from '@cloudbase/node-sdk';",
      "import { z } from 'zod';",
      "import { greet } from '../_core/greet';",
      'const event = z.object({ name: z.string() });',
      'export const sdkLoaded = typeof init === "function";',
      'export async function main(raw: unknown) { return { text: greet(event.parse(raw).name), sdkLoaded }; }',
    ].join('\n'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('discovers only folders with index.ts that do not start with _ or .', () => {
    expect(discoverFunctions(join(dir, 'src'))).toEqual(['hello']);
  });

  it('bundles index.js + package.json; main runs; the SDK is required, not inlined', async () => {
    const out = join(dir, 'out');
    const built = await buildFunctions({ sourceRoot: join(dir, 'src'), outDir: out, sdkVersion: '^3.18.3' });
    expect(built.map((b) => b.name)).toEqual(['hello']);
    const code = readFileSync(join(out, 'hello', 'index.js'), 'utf8');
    expect(code).toContain('require("@cloudbase/node-sdk")');
    expect(code).not.toContain(sdkMarker);
    expect(code).toContain('你好');
    expect(JSON.parse(readFileSync(join(out, 'hello', 'package.json'), 'utf8'))).toEqual({
      name: 'hello', version: '1.0.0', private: true, main: 'index.js', dependencies: { '@cloudbase/node-sdk': '^3.18.3' },
    });
    expect(loadBundle(join(out, 'hello', 'index.js'), { name: '李老师' })).toEqual({ mainType: 'function', result: { text: '你好，李老师', sdkLoaded: true } });
  });

  it('refuses to bundle local-only packages into a cloud function', async () => {
    const src = join(dir, 'bad-src');
    mkdirSync(join(src, 'leaky'), { recursive: true });
    writeFileSync(join(src, 'leaky', 'index.ts'), "import Database from 'better-sqlite3';\nexport const main = async () => typeof Database;\n");
    await expect(buildFunctions({ sourceRoot: src, outDir: join(dir, 'bad-out') })).rejects.toThrow(/leaky bundles local-only code/);
  });
});

const realFunctions = discoverFunctions(join(repo, 'cloudfunctions'));
const describeReal = realFunctions.length > 0 ? describe : describe.skip;

describeReal(`build-functions on the real functions (${realFunctions.join(', ') || 'none yet'})`, () => {
  let out: string;
  beforeAll(() => { out = mkdtempSync(join(tmpdir(), 'fn-real-')); });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('every function bundles with exports.main and the SDK external', async () => {
    const built = await buildFunctions({ sourceRoot: join(repo, 'cloudfunctions'), outDir: out });
    expect(built.map((b) => b.name)).toEqual(realFunctions);
    // Every folder is deployed, and every deployed name has a folder.
    const rc = JSON.parse(readFileSync(join(repo, 'cloudbaserc.json'), 'utf8')) as { functions: { name: string }[] };
    expect(realFunctions).toEqual(rc.functions.map((f) => f.name).sort());
    const reader = built.find((b) => b.name === 'reader');
    if (reader) {
      // The OCR engine stays out of the bundle: installed by the platform, worker copied beside it, CUDA download skipped.
      const dir = dirname(reader.file);
      expect(readFileSync(join(dir, '.npmrc'), 'utf8')).toContain('onnxruntime-node-install=skip');
      expect(readFileSync(join(dir, 'paddle-worker.mjs'), 'utf8')).toContain('@gutenye/ocr-node');
      const deps = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies;
      expect(Object.keys(deps)).toEqual(expect.arrayContaining(['sharp', '@gutenye/ocr-node', 'onnxruntime-node']));
      expect(reader.bytes).toBeLessThan(300 * 1024);
    }
    for (const b of built) {
      const code = readFileSync(b.file, 'utf8');
      expect(code).toContain('require("@cloudbase/node-sdk")');
      expect(code).not.toContain(sdkMarker);
      expect(loadBundle(b.file).mainType).toBe('function');
    }
    // The timer-only cleanup: built like the others, and a mini-program user (OPENID in the context) is refused.
    const cleanup = built.find((b) => b.name === 'cleanup');
    expect(cleanup).toBeDefined();
    const userContext = {
      memory_limit_in_mb: 256, time_limit_in_ms: 60000, request_id: 'r', function_version: '$LATEST', namespace: 'ns', function_name: 'cleanup',
      environment: JSON.stringify({ WX_OPENID: 'o-teacher-1', TCB_ENV: 'env' }),
    };
    expect(loadBundle(cleanup!.file, { dryRun: false }, userContext).result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '该功能只由定时任务调用' } });
    // The reminders timer likewise, and it asks for the subscribe-message openapi permission.
    const reminders = built.find((b) => b.name === 'reminders');
    expect(loadBundle(reminders!.file, {}, { ...userContext, function_name: 'reminders' }).result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '该功能只由定时任务调用' } });
    expect(JSON.parse(readFileSync(join(out, 'reminders', 'config.json'), 'utf8'))).toEqual({ permissions: { openapi: ['subscribeMessage.send'] } });
    // exceljs is installed by the platform for registers, never inlined.
    const registers = JSON.parse(readFileSync(join(out, 'registers', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(registers.dependencies).sort()).toEqual(['@cloudbase/node-sdk', 'exceljs']);
    expect(readFileSync(join(out, 'registers', 'index.js'), 'utf8')).toContain('require("exceljs")');
  }, 60_000);
});

describe('cloudbaserc.json', () => {
  const rc = JSON.parse(readFileSync(join(repo, 'cloudbaserc.json'), 'utf8')) as {
    envId: string; functionRoot: string;
    functions: { name: string; timeout: number; runtime: string; installDependency: boolean; handler: string; triggers?: { name: string; type: string; config: string }[] }[];
  };

  it('deploys exactly the registered functions (plus the timer-only cleanup and the native reader), from the build output', () => {
    expect(rc.functions.map((f) => f.name).sort()).toEqual([...functionNames, ...timerFunctionNames, ...Object.keys(NATIVE_FUNCTIONS)].sort());
    expect(rc.functionRoot).toBe('build/cloudfunctions');
    expect(rc.envId).toBe('{{env.TCB_ENV_ID}}');
  });

  it('runs the cleanup daily at 03:00 and the reminders at 08:00 by timer triggers (7-field cron), and only they have triggers', () => {
    const withTriggers = rc.functions.filter((f) => f.triggers !== undefined);
    expect(withTriggers.map((f) => f.name)).toEqual([...timerFunctionNames]);
    const cron = { cleanup: '0 0 3 * * * *', reminders: '0 0 8 * * * *' } as const;
    for (const f of withTriggers) {
      const [trigger] = f.triggers!;
      expect(trigger).toEqual({ name: expect.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,59}$/), type: 'timer', config: cron[f.name as keyof typeof cron] });
      expect(trigger!.config.split(' ')).toHaveLength(7);
    }
  });

  it('gives every function Node 20.19 (sharp 0.35 needs ≥ 20.9), index.main, cloud-installed deps and a 10 s timeout (registers: 60 s for a whole county\'s workbook; cleanup, reminders: 60 s; the reader: 20 s, 2 GB)', () => {
    for (const f of rc.functions) {
      const limits = f.name === 'reader' ? { timeout: 20, memorySize: 2048 } : { timeout: ['registers', 'cleanup', 'reminders'].includes(f.name) ? 60 : 10 };
      expect(f).toMatchObject({ runtime: 'Nodejs20.19', handler: 'index.main', installDependency: true, ...limits });
    }
  });
});
