/**
 * The real local server (cloudfunctions/_local/main.ts) as a child process, so
 * the soak can SIGKILL it mid-write and start it again on the same data folder.
 * Loopback only: HOST is fixed to 127.0.0.1.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** SIGKILL: no shutdown handler runs, whatever was in flight is cut. */
  kill(): Promise<void>;
  /** SIGTERM and wait (the server closes the database cleanly). */
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts the server on a free loopback port with `dataDir` (seeding the demo county when empty). */
export async function startServer(dataDir: string, timeoutMs = 120_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'cloudfunctions', '_local', 'main.ts')], {
    cwd: repoRoot,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOCAL_DEMO_PICKER: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`本地服务 ${timeoutMs} ms 内没有启动：${output.slice(-500)}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const found = /本地服务已启动：(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (found?.[1]) { clearTimeout(timer); resolve(found[1]); }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => { clearTimeout(timer); reject(new Error(`本地服务退出（${code ?? signal}）：${output.slice(-500)}`)); });
  });
  child.stdout?.resume();
  child.stderr?.resume();
  return {
    url, child,
    async kill() { child.kill('SIGKILL'); await exited(child); },
    async stop() { child.kill('SIGTERM'); await exited(child); },
  };
}
