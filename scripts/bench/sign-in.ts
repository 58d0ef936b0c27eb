/**
 * `npm run bench:sign-in` — 500 teachers sign in to one session over HTTP.
 *   npx tsx scripts/bench/sign-in.ts [teachers=500] [concurrency=32]
 * A fresh data folder, the local server on a loopback port, one school of
 * `teachers` (plus its principal, the organiser) written through the store, one
 * 校本研修 session open now, and every teacher's token signing in once from a
 * separate process with bounded concurrency. Prints count, lost (must be 0),
 * double attendance (must be 0), p50/p95 and throughput, then replays 50 sign-ins
 * (each must answer replayed, writing nothing). Asserts nothing itself (the short
 * test does); removes the folder at the end.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import dayjs from 'dayjs';
import { sessionCollections, type AttendanceFacts as AttendanceDoc } from '../../cloudfunctions/_core/use-cases/registers/session-facts';
import { createStaticIdentity } from '../../cloudfunctions/_core/adapters/local/static-identity';
import { functions, type FunctionHandler } from '../../cloudfunctions/_core/registry';
import { chinaDate, chinaYear, chinaDayStart, addDays } from '../../cloudfunctions/_core/use-cases/support/time';
import { createLocalServer } from '../../cloudfunctions/_local/server';
import { createSessionBook } from '../../cloudfunctions/_local/sessions';
import { buildCounty } from './api-county';
import type { SignInJobs } from './sign-in-load';

export interface SignInFigures {
  teachers: number; concurrency: number; first: number; replayed: number; errors: Record<string, number>;
  attendance: number; lost: number; double: number; seconds: number; p50: number; p95: number; perSecond: number;
  replayCheck: { sent: number; replayed: number; written: number };
}

function runLoad(jobsFile: string, url: string): Promise<Omit<SignInFigures, 'teachers' | 'concurrency' | 'attendance' | 'lost' | 'double' | 'perSecond' | 'replayCheck'>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'sign-in-load.ts'), jobsFile, url], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const guard = setTimeout(() => child.kill('SIGTERM'), 150_000);
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.on('exit', (code) => {
      clearTimeout(guard);
      if (code === 0) resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}'));
      else reject(new Error(`sign-in load generator exited with ${code}`));
    });
  });
}

/** Builds the school, opens the session and runs the load; returns the figures. */
export async function runSignInBench(teachers = 500, concurrency = 32, log: (line: string) => void = () => undefined): Promise<SignInFigures> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-sign-in-'));
  const server = await createLocalServer({ dataDir, port: 0, clientDir: path.join(dataDir, 'none') });
  try {
    const county = await buildCounty(server.store, { schools: 1, teachersPerSchool: teachers + 1, recordsPerTeacher: 0, seed: 15 });
    const [school] = county.schools;
    if (!school) throw new Error('no school');
    const now = () => dayjs().toISOString();
    // By name: `training` is registered by the training-backend branch (issue 15).
    const call = async <T>(fn: string, event: Record<string, unknown>, openid: string): Promise<T> => {
      const handler = (functions as Record<string, FunctionHandler | undefined>)[fn];
      if (!handler) throw new Error(`云函数 ${fn} 尚未注册（需要 training-backend 分支）`);
      const r = await handler(event, { store: server.store, files: server.files, identity: createStaticIdentity(openid), clock: now, log: () => undefined });
      if (!r.ok) throw new Error(`${fn}.${String(event.action)}: ${r.error.code} ${r.error.message}`);
      return r.data as T;
    };
    const year = chinaYear(now());
    await call('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026', expectedVersion: 0 }, county.adminOpenid);
    for (let y = 2027; y <= year; y += 1) await call('policy', { action: 'roll-over', fromYear: y - 1, toYear: y, expectedVersion: 0 }, county.adminOpenid);

    // A 校本研修 open now: starts in a minute (sign-in opens 30 minutes before), ends within the Beijing day.
    const startsAt = dayjs(now()).add(1, 'minute').toISOString();
    const dayEnd = addDays(chinaDayStart(chinaDate(startsAt)), 1);
    const endsAt = dayjs(startsAt).add(90, 'minute').isAfter(dayEnd) ? dayjs(dayEnd).subtract(1, 'minute').toISOString() : dayjs(startsAt).add(90, 'minute').toISOString();
    const created = await call<{ session: { id: string } }>('training', {
      action: 'create', scope: 'school', schoolId: school.id, hours: 1.5, date: chinaDate(startsAt), startsAt, endsAt, place: '基准学校报告厅',
      template: { title: '基准测试校本研修', organizer: '基准县第1学校', form: '校本', level: '校', content: '专业', topic: '大单元教学' },
      expected: { schoolIds: [] }, assessed: false, countsActualHours: false,
    }, school.principalOpenid);
    const sessionId = created.session.id;
    const sessions = createSessionBook(server.store);
    const url = await server.listen();
    const organiserToken = await sessions.open(school.principalOpenid, now());
    // The organiser's screen asks for the code over HTTP (the server draws its QR image).
    const codeAnswer = await (await fetch(`${url}/api/fn/training`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${organiserToken}` }, body: JSON.stringify({ action: 'code', sessionId }),
    })).json() as { ok: boolean; data?: { code: string }; error?: { message: string } };
    if (!codeAnswer.ok || !codeAnswer.data) throw new Error(`training.code: ${codeAnswer.error?.message ?? '?'}`);
    const { code } = codeAnswer.data;

    const signers = county.teachers.filter((t) => t.openid !== school.principalOpenid).slice(0, teachers);
    const tokens: string[] = [];
    for (const t of signers) tokens.push(await sessions.open(t.openid, now()));
    const jobs: SignInJobs = { tokens, organiserToken, sessionId, code, concurrency };
    const jobsFile = path.join(dataDir, 'sign-in-jobs.json');
    writeFileSync(jobsFile, JSON.stringify(jobs));
    log(`${signers.length} 名教师，${concurrency} 个并发连接，${url}`);
    const load = await runLoad(jobsFile, url);

    const rows = await server.store.find<AttendanceDoc>(sessionCollections.attendance, { sessionId });
    const signed = new Set(rows.filter((r) => r.signedInAt).map((r) => r.teacherId));
    const perTeacher = new Map<string, number>();
    rows.forEach((r) => perTeacher.set(r.teacherId, (perTeacher.get(r.teacherId) ?? 0) + 1));
    const double = [...perTeacher.values()].filter((n) => n > 1).length + Math.max(0, load.first - signed.size);
    const lost = signers.filter((t) => !signed.has(t.id)).length;

    // Replays: the first answer again, nothing written.
    const replayJobs: SignInJobs = { ...jobs, tokens: tokens.slice(0, Math.min(50, tokens.length)), concurrency: Math.min(8, concurrency) };
    writeFileSync(jobsFile, JSON.stringify(replayJobs));
    const before = await server.store.count(sessionCollections.attendance, { sessionId });
    const replay = await runLoad(jobsFile, url);
    const written = (await server.store.count(sessionCollections.attendance, { sessionId })) - before;
    return {
      teachers: signers.length, concurrency, first: load.first, replayed: load.replayed, errors: load.errors, attendance: rows.length, lost, double,
      seconds: load.seconds, p50: load.p50, p95: load.p95, perSecond: (load.first + load.replayed) / load.seconds,
      replayCheck: { sent: replayJobs.tokens.length, replayed: replay.replayed, written },
    };
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const [teachers = 500, concurrency = 32] = process.argv.slice(2).map(Number);
  console.log('师训学分 签到基准（本机回环，SQLite WAL，数据在临时目录）\n');
  const f = await runSignInBench(teachers, concurrency, (line) => console.log(line));
  const errors = Object.entries(f.errors).map(([c, n]) => `${c} ${n}`).join('，') || '无';
  console.log(`\n签到请求 ${f.teachers} 个：成功 ${f.first}，重复应答 ${f.replayed}，失败 ${errors}`);
  console.log(`用时 ${f.seconds.toFixed(2)} s（目标 ≤ 60 s）→ ${f.perSecond.toFixed(0)} 次/秒；延迟 p50 ${f.p50.toFixed(1)} ms，p95 ${f.p95.toFixed(1)} ms`);
  console.log(`签到记录 ${f.attendance} 条；丢失 ${f.lost}（应为 0）；重复签到 ${f.double}（应为 0）`);
  console.log(`重放 ${f.replayCheck.sent} 次：应答 replayed ${f.replayCheck.replayed} 次，新写入 ${f.replayCheck.written} 条（应为 0）`);
  const good = f.lost === 0 && f.double === 0 && f.seconds <= 60 && f.replayCheck.written === 0;
  console.log(good ? '\n✓ 全部达到' : '\n✗ 未达到（见上）');
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error('签到基准失败：', err);
    process.exit(1);
  });
}
