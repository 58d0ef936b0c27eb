/**
 * `npm run bench:api` — how fast the functions answer on the local stack, at
 * county scale. Prints figures; asserts nothing. Loopback only, bounded counts.
 *   npx tsx scripts/bench/api.ts [schools=50] [teachersPerSchool=100] [recordsPerTeacher=40]
 * 1. builds a county (schools × teachers × records) straight through the store;
 * 2. times progress.mine, review.queue and review.approve in-process (registry)
 *    and over HTTP (one client, sequential);
 * 3. fires concurrent approves from a separate process (autocannon);
 * 4. compares progress.mine with a raw SQLite read of the same rows.
 * Targets (printed, not asserted): progress p95 ≤ 20 ms; ≥ 500 approves/s.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createStaticIdentity } from '../../cloudfunctions/_core/adapters/local/static-identity';
import { functions, type FunctionName } from '../../cloudfunctions/_core/registry';
import { createLocalServer } from '../../cloudfunctions/_local/server';
import { createSessionBook } from '../../cloudfunctions/_local/sessions';
import { buildCounty, type BenchCounty } from './api-county';
import { mulberry32 } from './generate-records';
import { line, sample, type Latency } from './latency';

const NOW = '2026-11-22T06:00:00.000Z';
const [schools = 50, teachersPerSchool = 100, recordsPerTeacher = 40] = process.argv.slice(2).map(Number);
const counts = { progress: 300, queue: 200, approveInProcess: 1000, approveHttp: 500, load: 8000, connections: 32 };

type Pending = { recordId: string; version: number; principal: string };

/** Pending records round-robin across schools, each with its principal's openid. */
function pendingQueue(county: BenchCounty): Pending[] {
  const queues = county.schools.map((s) => (county.pending.get(s.id) ?? []).map((p) => ({ ...p, principal: s.principalOpenid })));
  const out: Pending[] = [];
  for (let i = 0; queues.some((q) => i < q.length); i += 1) for (const q of queues) if (q[i]) out.push(q[i] as Pending);
  return out;
}

function runLoad(jobsFile: string, url: string): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'approve-load.ts'), jobsFile, url, String(counts.connections)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const guard = setTimeout(() => child.kill('SIGTERM'), 120_000);
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.on('exit', (code) => {
      clearTimeout(guard);
      if (code === 0) resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<string, number>);
      else reject(new Error(`load generator exited with ${code}`));
    });
  });
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-api-'));
  const server = await createLocalServer({ dataDir, port: 0, clientDir: path.join(dataDir, 'none'), clock: () => NOW });
  try {
    console.log(`师训学分 API 基准（本机回环，SQLite WAL，数据在临时目录）\n`);
    const t = process.hrtime.bigint();
    const county = await buildCounty(server.store, { schools, teachersPerSchool, recordsPerTeacher, seed: 2026 });
    const buildSeconds = Number(process.hrtime.bigint() - t) / 1e9;
    console.log(`构建县域：${county.counts.schools} 所学校，${county.counts.people.toLocaleString('en')} 人，${county.counts.records.toLocaleString('en')} 条记录 —— ${buildSeconds.toFixed(1)} s（${Math.round(county.counts.records / buildSeconds).toLocaleString('en')} 条/秒）`);

    const deps = (openid: string) => ({ store: server.store, files: server.files, identity: createStaticIdentity(openid), clock: () => NOW, log: () => undefined });
    const call = (fn: FunctionName, event: Record<string, unknown>, openid: string) => functions[fn](event, deps(openid));
    await call('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026', expectedVersion: 0 }, county.adminOpenid);

    const rand = mulberry32(7);
    const teachers = Array.from({ length: counts.progress + 40 }, () => county.teachers[Math.floor(rand() * county.teachers.length)] ?? county.teachers[0]);
    const principals = county.schools;
    const pending = pendingQueue(county);
    // Small runs (arguments) have fewer pending records: keep every phase fed (warm-ups take 20 each).
    counts.approveInProcess = Math.min(counts.approveInProcess, Math.floor(pending.length * 0.25) - 20);
    counts.approveHttp = Math.min(counts.approveHttp, Math.floor(pending.length * 0.15) - 20);
    let cursor = 0;
    const take = () => pending[cursor++] as Pending;
    const header = `${''.padEnd(38)}${'p50'.padStart(11)}${'p95'.padStart(11)}${'p99'.padStart(11)}`;

    console.log(`\n进程内（直接调用 registry 里的云函数）\n${header}`);
    const whoIn = await sample(counts.queue, (i) => call('identity', { action: 'whoami' }, teachers[i % teachers.length]?.openid ?? ''));
    console.log(line('  identity.whoami（参照：最轻的调用）', whoIn));
    const mineIn = await sample(counts.progress, (i) => call('progress', { action: 'mine', year: 2026 }, teachers[i % teachers.length]?.openid ?? ''));
    console.log(line('  progress.mine', mineIn));
    const queueIn = await sample(counts.queue, (i) => call('review', { action: 'queue', limit: 50 }, principals[i % principals.length]?.principalOpenid ?? ''));
    console.log(line('  review.queue (50 条/页)', queueIn));
    const approveIn = await sample(counts.approveInProcess, () => { const p = take(); return call('review', { action: 'approve', recordId: p.recordId, version: p.version }, p.principal); });
    console.log(line('  review.approve', approveIn));

    const url = await server.listen();
    const sessions = createSessionBook(server.store);
    const tokens = new Map<string, string>();
    const tokenOf = async (openid: string) => {
      if (!tokens.has(openid)) tokens.set(openid, await sessions.open(openid, NOW));
      return tokens.get(openid) as string;
    };
    const http = async (fn: string, event: Record<string, unknown>, openid: string) => {
      const res = await fetch(`${url}/api/fn/${fn}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenOf(openid)}` }, body: JSON.stringify(event) });
      return res.json();
    };
    for (const p of principals) await tokenOf(p.principalOpenid);
    for (const tch of teachers) if (tch) await tokenOf(tch.openid);

    console.log(`\nHTTP（${url}，单客户端顺序请求）\n${header}`);
    const whoHttp = await sample(counts.queue, (i) => http('identity', { action: 'whoami' }, teachers[i % teachers.length]?.openid ?? ''));
    console.log(line('  identity.whoami（参照：最轻的调用）', whoHttp));
    const mineHttp = await sample(counts.progress, (i) => http('progress', { action: 'mine', year: 2026 }, teachers[i % teachers.length]?.openid ?? ''));
    console.log(line('  progress.mine', mineHttp));
    const queueHttp = await sample(counts.queue, (i) => http('review', { action: 'queue', limit: 50 }, principals[i % principals.length]?.principalOpenid ?? ''));
    console.log(line('  review.queue (50 条/页)', queueHttp));
    const approveHttp = await sample(counts.approveHttp, () => { const p = take(); return http('review', { action: 'approve', recordId: p.recordId, version: p.version }, p.principal); });
    console.log(line('  review.approve', approveHttp));

    const jobs = [];
    for (let i = 0; i < counts.load && cursor < pending.length; i += 1) {
      const p = take();
      jobs.push({ token: await tokenOf(p.principal), recordId: p.recordId, version: p.version });
    }
    const jobsFile = path.join(dataDir, 'approve-jobs.json');
    writeFileSync(jobsFile, JSON.stringify(jobs));
    const approvedBefore = await server.store.count('records', { status: 'approved' });
    const load = await runLoad(jobsFile, url);
    const approvedAfter = await server.store.count('records', { status: 'approved' });
    console.log(`\n并发审核（autocannon，独立进程，${load.connections} 个连接，${load.sent} 条待审记录）`);
    console.log(`  通过 ${load.approved} 条，拒绝 ${load.refused} 条，错误 ${load.errors}，用时 ${load.seconds?.toFixed(2)} s → ${Math.round(load.approvesPerSecond ?? 0).toLocaleString('en')} 条/秒（延迟 p50 ${load.latencyP50} ms，p99 ${load.latencyP99} ms）`);
    console.log(`  数据库里已通过的记录增加了 ${approvedAfter - approvedBefore} 条（应与「通过」相同）`);

    const raw = new Database(path.join(dataDir, 'credits.sqlite'), { readonly: true });
    const stmt = raw.prepare(`SELECT doc FROM "records" WHERE json_extract(doc, '$.teacherId') = ? AND json_extract(doc, '$.status') = 'approved'`);
    const rawRead: Latency = await sample(counts.progress, async (i) => stmt.all(teachers[i % teachers.length]?.id).map((r) => JSON.parse((r as { doc: string }).doc) as unknown));
    raw.close();
    console.log(`\nprogress.mine 与原始 SQLite 读取同一位教师的已通过记录相比\n${header}`);
    console.log(line('  原始 SQLite 读 + JSON.parse', rawRead));
    console.log(line('  progress.mine（进程内）', mineIn, `= 原始读取的 ${(mineIn.p50 / rawRead.p50).toFixed(1)} 倍（p50），${(mineIn.p95 / rawRead.p95).toFixed(1)} 倍（p95）`));

    const mark = (okay: boolean) => (okay ? '达到' : '未达到');
    console.log(`\n目标（只打印，不判定测试）：`);
    console.log(`  progress.mine p95 ≤ 20 ms：进程内 ${mineIn.p95.toFixed(2)} ms ${mark(mineIn.p95 <= 20)}；HTTP ${mineHttp.p95.toFixed(2)} ms ${mark(mineHttp.p95 <= 20)}`);
    console.log(`  并发审核 ≥ 500 条/秒：${Math.round(load.approvesPerSecond ?? 0)} 条/秒 ${mark((load.approvesPerSecond ?? 0) >= 500)}`);
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error('基准测试失败：', err);
  process.exit(1);
});
