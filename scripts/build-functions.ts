/**
 * Bundles each cloud function for CloudBase: `cloudfunctions/<fn>/index.ts`
 * (exporting `main(event, context)`) → `build/cloudfunctions/<fn>/index.js`,
 * CommonJS for Node 20 (the `Nodejs20.19` runtime), with `@cloudbase/node-sdk` left external and listed in
 * a generated `package.json` (the platform installs it: installDependency).
 * Folders starting with `_` (shared core, local server) are not functions.
 *
 *   npx tsx scripts/build-functions.ts [--out build/cloudfunctions] [fn ...]
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';

/** Packages the platform provides through the function's package.json. */
export const EXTERNAL_PACKAGES = ['@cloudbase/node-sdk'];
/** Native packages kept out of the bundle and listed in package.json only by the functions that import them. */
export const NATIVE_PACKAGES = ['sharp'];
/**
 * Functions that are not in the registry and carry native packages the
 * platform installs (installDependency) instead of the bundle: the certificate
 * reader (PaddleOCR models inside @gutenye/ocr-node, onnxruntime-node, sharp).
 * `copy` files are placed next to index.js; `npmrc` is written as its .npmrc.
 */
export const NATIVE_FUNCTIONS: Record<string, { packages: string[]; copy: string[]; npmrc?: string; config?: unknown }> = {
  reader: {
    packages: ['sharp', '@gutenye/ocr-node', 'onnxruntime-node', 'wx-server-sdk'],
    copy: ['cloudfunctions/_core/adapters/reader/paddle-worker.mjs'],
    // onnxruntime-node's install script would download CUDA files; the CPU binary ships in the package.
    npmrc: 'onnxruntime-node-install=skip\n',
    // WeChat's printed-text OCR (READER_ENGINE=wechat) needs the openapi permission.
    config: { permissions: { openapi: ['ocr.printedText'] } },
  },
};

/** Local-only packages that must never end up in a cloud bundle. */
export const FORBIDDEN_PACKAGES = ['better-sqlite3', 'fastify', '@fastify/', 'exceljs', 'playwright-core'];
/**
 * Packages one function needs at run time: left external and listed in its
 * package.json (installed by the platform), never bundled. `registers` writes
 * .xlsx with exceljs (docs/decisions/012-registers.md).
 */
export const FUNCTION_PACKAGES: Readonly<Record<string, readonly string[]>> = { registers: ['exceljs'] };
/**
 * config.json of registry and timer functions that call WeChat open APIs: `training` draws
 * mini-program codes (wxacode.getUnlimited, docs/decisions/016-training-sessions-and-sign-in.md)
 * and sends 新培训通知; the daily `reminders` send subscribe messages (docs/reminders.md).
 */
export const FUNCTION_CONFIG: Readonly<Record<string, unknown>> = {
  training: { permissions: { openapi: ['wxacode.getUnlimited', 'subscribeMessage.send'] } },
  reminders: { permissions: { openapi: ['subscribeMessage.send'] } },
};

/** Options for {@link buildFunctions}. */
export interface BuildOptions {
  /** Folder holding one sub-folder per function. Default `cloudfunctions`. */
  sourceRoot?: string;
  /** Output folder. Default `build/cloudfunctions`. */
  outDir?: string;
  /** Only these functions (default: every discovered one). */
  only?: string[];
  /** Version range written for the SDK; default: the root package.json's. */
  sdkVersion?: string;
}

/** What was built for one function. */
export interface BuiltFunction { name: string; file: string; bytes: number }

/** Function folders: not starting with `_` or `.`, containing `index.ts`. */
export function discoverFunctions(sourceRoot = 'cloudfunctions'): string[] {
  if (!existsSync(sourceRoot)) return [];
  return readdirSync(sourceRoot)
    .filter((name) => !name.startsWith('_') && !name.startsWith('.'))
    .filter((name) => statSync(join(sourceRoot, name)).isDirectory() && existsSync(join(sourceRoot, name, 'index.ts')))
    .sort();
}

function rootVersion(name: string): string {
  return rootDependencies()[name] ?? 'latest';
}

/** Native packages a bundle imports, with the root package.json's version range (the platform installs them). */
function nativeImports(metafile: { outputs: Record<string, { imports: { path: string; external?: boolean }[] }> }, natives: string[]): Record<string, string> {
  const used = new Set(Object.values(metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)));
  return Object.fromEntries(natives.filter((n) => used.has(n)).map((n) => [n, rootVersion(n)]));
}

function rootDependencies(): Record<string, string> {
  const pkg = JSON.parse(readFileSync(resolve(__dirname, '..', 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  return pkg.dependencies ?? {};
}

function rootSdkVersion(): string {
  return rootDependencies()['@cloudbase/node-sdk'] ?? 'latest';
}

/** Bundles the functions; throws when one fails or pulls in a local-only package. */
export async function buildFunctions(options: BuildOptions = {}): Promise<BuiltFunction[]> {
  const sourceRoot = options.sourceRoot ?? 'cloudfunctions';
  const outDir = options.outDir ?? join('build', 'cloudfunctions');
  const names = options.only ?? discoverFunctions(sourceRoot);
  const sdkVersion = options.sdkVersion ?? rootSdkVersion();
  const built: BuiltFunction[] = [];
  for (const name of names) {
    const entry = join(sourceRoot, name, 'index.ts');
    if (!existsSync(entry)) throw new Error(`${entry} not found`);
    const target = join(outDir, name);
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    const file = join(target, 'index.js');
    const native = NATIVE_FUNCTIONS[name];
    const result = await build({
      entryPoints: [entry],
      outfile: file,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: [...EXTERNAL_PACKAGES, ...NATIVE_PACKAGES, ...(FUNCTION_PACKAGES[name] ?? []), ...(native?.packages ?? [])],
      // Resolve packages from the repository even for sources outside it (test fixtures).
      nodePaths: [resolve(__dirname, '..', 'node_modules')],
      metafile: true,
      legalComments: 'none',
      charset: 'utf8', // keep Chinese messages readable in the deployed code
      logLevel: 'silent',
    });
    const forbidden = Object.keys(result.metafile.inputs).filter((input) => FORBIDDEN_PACKAGES.some((p) => input.includes(`node_modules/${p}`)));
    if (forbidden.length > 0) throw new Error(`${name} bundles local-only code: ${forbidden.slice(0, 3).join(', ')}`);
    const natives = nativeImports(result.metafile, NATIVE_PACKAGES);
    const extra = Object.fromEntries((FUNCTION_PACKAGES[name] ?? []).map((p) => [p, rootVersion(p)]));
    const root = rootDependencies();
    const nativeDeps = Object.fromEntries((native?.packages ?? []).map((p) => [p, root[p] ?? 'latest']));
    const pkg = { name, version: '1.0.0', private: true, main: 'index.js', dependencies: { '@cloudbase/node-sdk': sdkVersion, ...natives, ...extra, ...nativeDeps } };
    writeFileSync(join(target, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
    for (const extra of native?.copy ?? []) copyFileSync(resolve(__dirname, '..', extra), join(target, extra.split('/').pop() ?? extra));
    if (native?.npmrc) writeFileSync(join(target, '.npmrc'), native.npmrc);
    const config = native?.config ?? FUNCTION_CONFIG[name];
    if (config) writeFileSync(join(target, 'config.json'), `${JSON.stringify(config, null, 2)}\n`);
    built.push({ name, file, bytes: statSync(file).size });
  }
  return built;
}

async function cli(argv: string[]): Promise<void> {
  const outFlag = argv.indexOf('--out');
  const outDir = outFlag >= 0 ? argv[outFlag + 1] : undefined;
  const only = argv.filter((arg, i) => !arg.startsWith('--') && argv[i - 1] !== '--out');
  const names = only.length > 0 ? only : discoverFunctions();
  if (names.length === 0) {
    console.error('没有找到云函数：cloudfunctions/<函数名>/index.ts 不存在（以 _ 开头的文件夹不是函数）。');
    process.exit(1);
  }
  const built = await buildFunctions({ outDir, only: names });
  for (const b of built) console.log(`✓ ${b.name.padEnd(10)} ${relative(process.cwd(), b.file)}  ${(b.bytes / 1024).toFixed(1)} KB`);
  console.log(`已构建 ${built.length} 个云函数（@cloudbase/node-sdk 作为依赖，由云端安装）。`);
}

if (process.argv[1] && /build-functions\.ts$/.test(process.argv[1])) {
  cli(process.argv.slice(2)).catch((err: unknown) => {
    console.error('构建云函数失败：', err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
