/**
 * The soak run, phase by phase, each against the real local server as a child
 * process on loopback with its own temporary data folder:
 *   1. fuzz every action (`fuzzPerAction` events each);
 *   2. mixed load of `clients` clients for `loadSeconds`;
 *   3. the same load while the server is SIGKILLed `kills` times and restarted
 *      (integrity_check after every kill);
 * then the invariants over everything the server acknowledged.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fuzzAll, type FuzzStats } from './fuzz';
import { percentile, signInAll } from './http';
import { checkInvariants, integrityOf, type InvariantFigures } from './invariants';
import { reviewerClient, teacherClient, type Ack, type LoadContext, type LoadStats } from './load';
import { startServer, type ServerProcess } from './server-process';

export interface SoakConfig { fuzzPerAction: number; clients: number; loadSeconds: number; kills: number; killLoadSeconds: number; seed: number }
export const fullSoak: SoakConfig = { fuzzPerAction: 500, clients: 30, loadSeconds: 30, kills: 10, killLoadSeconds: 3, seed: 20261201 };
export const shortSoak: SoakConfig = { fuzzPerAction: 12, clients: 6, loadSeconds: 2, kills: 1, killLoadSeconds: 1, seed: 20261201 };

export interface PhaseRow { phase: string; requests: number; ok: number; refused: number; network: number; p50: number; p95: number; seconds: number; note: string }
export interface SoakReport { rows: PhaseRow[]; fuzz: FuzzStats[]; invariants: InvariantFigures | null; violations: string[] }

const teachers = ['张雅梅', '赵磊', '陈静', '刘彦青', '黄晓芳', '周浩', '吴雨婷', '郑凯', '马丽', '何佳乐'];
const reviewers: [string, string][] = [
  ['王建国', 'school-tongyu-1z'], ['孙丽华', 'school-tongyu-1z'], ['李秀梅', 'school-tongyu-xh'],
  ['刘淑琴', 'school-tongyu-1z'], ['刘淑琴', 'school-tongyu-xh'],
];

function loadRow(phase: string, stats: LoadStats, seconds: number, note: string): PhaseRow {
  const refused = Object.values(stats.refused).reduce((a, b) => a + b, 0);
  const codes = Object.entries(stats.refused).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join('，');
  if (codes) note = `${note}；拒绝：${codes}`;
  return { phase, requests: stats.requests, ok: stats.ok, refused, network: stats.network, p50: percentile(stats.ms, 50), p95: percentile(stats.ms, 95), seconds, note };
}

/** Runs the load clients (a third reviewers) until the deadline or `stop`. */
function runClients(ctx: LoadContext, tokens: Map<string, { token: string }>, clients: number): Promise<void[]> {
  const reviewerCount = Math.max(1, Math.round(clients / 3));
  return Promise.all(Array.from({ length: clients }, (_, i) => {
    if (i < reviewerCount) {
      const [name, school] = reviewers[i % reviewers.length] as [string, string];
      return reviewerClient(ctx, tokens.get(name)?.token ?? '', school);
    }
    const name = teachers[i % teachers.length] as string;
    return teacherClient(ctx, tokens.get(name)?.token ?? '', i);
  }));
}

const newStats = (): LoadStats => ({ requests: 0, ok: 0, refused: {}, network: 0, ms: [] });

/** Runs every phase; never throws for a violation (they are collected), only for a broken harness. */
export async function runSoak(config: SoakConfig, log: (line: string) => void = () => undefined): Promise<SoakReport> {
  const violations: string[] = [];
  const rows: PhaseRow[] = [];
  const dirs: string[] = [];
  const freshDir = () => { const d = mkdtempSync(path.join(tmpdir(), 'credits-soak-')); dirs.push(d); return d; };
  let server: ServerProcess | null = null;
  try {
    // 1. Fuzz, on its own data (fuzzed admin calls may publish, import, …).
    log(`模糊测试：每个动作 ${config.fuzzPerAction} 个事件`);
    server = await startServer(freshDir());
    const fuzzTokens = await signInAll(server.url);
    const fuzzStarted = Date.now();
    const fuzz = await fuzzAll(server.url, [fuzzTokens.get('赵磊')?.token, fuzzTokens.get('王建国')?.token, fuzzTokens.get('刘淑琴')?.token, undefined], config.fuzzPerAction, config.seed, violations);
    const fuzzMs = fuzz.flatMap((f) => f.ms);
    rows.push({
      phase: `fuzz ${fuzz.length} 个动作`, requests: fuzzMs.length, ok: fuzz.reduce((a, f) => a + f.ok, 0), refused: fuzz.reduce((a, f) => a + f.refused, 0),
      network: 0, p50: percentile(fuzzMs, 50), p95: percentile(fuzzMs, 95), seconds: (Date.now() - fuzzStarted) / 1000, note: `每个动作 ≥ ${Math.min(...fuzz.map((f) => f.events))} 个`,
    });
    await server.stop();
    server = null;

    // 2. Mixed load, then 3. kills, on one data folder whose acknowledged writes are checked at the end.
    const dataDir = freshDir();
    server = await startServer(dataDir);
    const tokens = await signInAll(server.url);
    const acks: Ack[] = [];
    const target = { url: server.url as string | null, epoch: 0 };
    log(`混合负载：${config.clients} 个客户端 × ${config.loadSeconds} 秒`);
    const load = { target, acks, stats: newStats(), violations, deadline: Date.now() + config.loadSeconds * 1000, stopped: () => false };
    await runClients(load, tokens, config.clients);
    rows.push(loadRow(`混合负载 ${config.clients} 客户端`, load.stats, config.loadSeconds, `提交/审核/退回/重新提交，确认写入 ${acks.length} 次`));

    log(`强制结束：${config.kills} 次 SIGKILL`);
    const killStats = newStats();
    let stop = false;
    const kill = { target, acks, stats: killStats, violations, deadline: Number.POSITIVE_INFINITY, stopped: () => stop };
    const started = Date.now();
    const ackBefore = acks.length;
    const clients = runClients(kill, tokens, config.clients);
    for (let k = 0; k < config.kills; k += 1) {
      await new Promise((r) => setTimeout(r, config.killLoadSeconds * 1000));
      target.url = null;
      target.epoch += 1;
      await (server as ServerProcess).kill();
      const integrity = integrityOf(dataDir);
      if (integrity !== 'ok') violations.push(`第 ${k + 1} 次强制结束后 integrity_check：${integrity}`);
      server = await startServer(dataDir);
      target.url = server.url;
    }
    await new Promise((r) => setTimeout(r, config.killLoadSeconds * 1000));
    stop = true;
    await clients;
    rows.push(loadRow(`SIGKILL × ${config.kills}`, killStats, (Date.now() - started) / 1000, `确认写入 ${acks.length - ackBefore} 次；连接中断 ${killStats.network} 次（仅在强制结束时）`));
    await server.stop();
    server = null;

    const invariants = await checkInvariants(dataDir, acks, violations);
    return { rows, fuzz, invariants, violations };
  } finally {
    if (server) await server.kill();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}
