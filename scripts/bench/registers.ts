/**
 * `npm run bench:registers` — how long the registers take at county scale.
 * Prints figures; asserts nothing.
 *   npx tsx scripts/bench/registers.ts [schools=50] [teachersPerSchool=100] [recordsPerTeacher=40] [samples=10]
 * 1. builds a county straight through the store (the API benchmark's generator);
 * 2. times a school's 学分登记卡 (one sheet per teacher) and 学分统计表 in-process
 *    through the registry: p50/p95 over schools taken in turn;
 * 3. times the whole-county 统计表 (summary + one sheet per school) and the
 *    file size, and one teacher's 个人电子学习档案.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createStaticIdentity } from '../../cloudfunctions/_core/adapters/local/static-identity';
import { functions, type FunctionName } from '../../cloudfunctions/_core/registry';
import { createLocalServer } from '../../cloudfunctions/_local/server';
import { buildCounty } from './api-county';
import { line, sample } from './latency';

const NOW = '2026-11-22T06:00:00.000Z';
const [schools = 50, teachersPerSchool = 100, recordsPerTeacher = 40, samples = 10] = process.argv.slice(2).map(Number);

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-registers-'));
  const server = await createLocalServer({ dataDir, port: 0, clientDir: path.join(dataDir, 'none'), clock: () => NOW });
  try {
    console.log('师训学分 登记表导出基准（进程内调用，SQLite WAL，exceljs，数据在临时目录）\n');
    const county = await buildCounty(server.store, { schools, teachersPerSchool, recordsPerTeacher, seed: 2026 });
    console.log(`县域：${county.counts.schools} 所学校，${county.counts.people.toLocaleString('en')} 人，${county.counts.records.toLocaleString('en')} 条记录\n`);
    const deps = (openid: string) => ({ store: server.store, files: server.files, identity: createStaticIdentity(openid), clock: () => NOW, log: () => undefined });
    const call = (fn: FunctionName, event: Record<string, unknown>, openid: string) => functions[fn](event, deps(openid));
    await call('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026', expectedVersion: 0 }, county.adminOpenid);

    const school = (i: number) => county.schools[i % county.schools.length]!;
    const warm = Math.min(2, samples);
    console.log(`${''.padEnd(38)}${'p50'.padStart(11)}${'p95'.padStart(11)}${'p99'.padStart(11)}`);
    const card = await sample(samples, (i) => call('registers', { action: 'card', schoolId: school(i).id, year: 2026 }, school(i).principalOpenid), warm);
    console.log(line(`一所学校的学分登记卡（${teachersPerSchool} 张）`, card));
    const table = await sample(samples, (i) => call('registers', { action: 'school-table', schoolId: school(i).id, year: 2026 }, school(i).principalOpenid), warm);
    console.log(line('一所学校的学分统计表', table));
    const teacher = county.teachers[0]!;
    const archive = await sample(samples, () => call('registers', { action: 'my-archive', year: 2026 }, teacher.openid), warm);
    console.log(line('一位教师的个人电子学习档案', archive));

    const t = process.hrtime.bigint();
    const res = await call('registers', { action: 'county-table', year: 2026 }, county.adminOpenid);
    const seconds = Number(process.hrtime.bigint() - t) / 1e9;
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    const size = (res.data as { export: { size: number; teacherCount: number } }).export;
    console.log(`\n全县学分统计表（汇总 + ${schools} 个学校工作表，${size.teacherCount.toLocaleString('en')} 名教师）：${seconds.toFixed(2)} s，文件 ${(size.size / 1024).toFixed(0)} KB`);
    const mem = process.memoryUsage();
    console.log(`进程内存：rss ${(mem.rss / 1024 / 1024).toFixed(0)} MB，heap ${(mem.heapUsed / 1024 / 1024).toFixed(0)} MB`);
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
