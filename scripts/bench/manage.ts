/**
 * `npm run bench:manage` — the management screens at county scale. Prints figures; asserts nothing.
 *   npx tsx scripts/bench/manage.ts [schools=50] [teachersPerSchool=100] [recordsPerTeacher=40]
 * Builds the county with the API bench's generator, then times in-process (registry):
 * - progress.county: the first call (materialises every teacher's summary), then steady
 *   state, and after each of N approvals (incremental refresh of one teacher);
 * - progress.teachers (school table, 50 rows, sorted by shortfall; also filtered by a category);
 * - review.queue (50 rows with school and what each would add) and review.detail.
 * Decision 011 explains the summaries; targets (printed): steady county and school p95 ≤ 300 ms.
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
const [schools = 50, teachersPerSchool = 100, recordsPerTeacher = 40] = process.argv.slice(2).map(Number);
const runs = { county: 30, afterApprove: 20, school: 60, queue: 60, detail: 60 };

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-manage-'));
  const server = await createLocalServer({ dataDir, port: 0, clientDir: path.join(dataDir, 'none'), clock: () => NOW });
  try {
    console.log('师训学分 管理页面基准（进程内调用云函数，SQLite WAL，数据在临时目录）\n');
    const t0 = process.hrtime.bigint();
    const county = await buildCounty(server.store, { schools, teachersPerSchool, recordsPerTeacher, seed: 2026 });
    console.log(`构建县域：${county.counts.schools} 所学校，${county.counts.people.toLocaleString('en')} 人，${county.counts.records.toLocaleString('en')} 条记录 —— ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1)} s`);
    const deps = (openid: string) => ({ store: server.store, files: server.files, identity: createStaticIdentity(openid), clock: () => NOW, log: (m: string, d?: unknown) => console.error(m, d) });
    const call = (fn: FunctionName, event: Record<string, unknown>, openid: string) => functions[fn](event, deps(openid));
    await call('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026', expectedVersion: 0 }, county.adminOpenid);
    const admin = county.adminOpenid;
    const principals = county.schools.map((s) => s.principalOpenid);
    const header = `${''.padEnd(44)}${'p50'.padStart(11)}${'p95'.padStart(11)}${'p99'.padStart(11)}`;

    const first = process.hrtime.bigint();
    const built = await call('progress', { action: 'county', year: 2026 }, admin);
    if (!built.ok) throw new Error(JSON.stringify(built.error));
    console.log(`\nprogress.county 第一次（为 ${county.teachers.length.toLocaleString('en')} 位教师物化汇总）：${(Number(process.hrtime.bigint() - first) / 1e6).toFixed(0)} ms`);

    console.log(`\n${header}`);
    console.log(line('progress.county（稳定状态）', await sample(runs.county, () => call('progress', { action: 'county', year: 2026 }, admin), 3)));
    // Each approval changes one teacher: the next county read recomputes only her.
    const pending = [...county.pending.values()].flat();
    // Small runs (arguments) have few pending records: keep both phases fed.
    runs.afterApprove = Math.max(1, Math.min(runs.afterApprove, Math.floor(pending.length / 3) - 2));
    const owner = new Map(county.schools.map((s) => [s.id, s.principalOpenid]));
    let next = 0;
    const afterApprove = await sample(runs.afterApprove, async () => {
      const p = pending[next++];
      if (!p) throw new Error('no pending record left');
      const school = p.recordId.slice(0, p.recordId.indexOf('-t'));
      const approved = await call('review', { action: 'approve', recordId: p.recordId, version: p.version }, owner.get(school) ?? '');
      if (!approved.ok) throw new Error(JSON.stringify(approved.error));
      return call('progress', { action: 'county', year: 2026 }, admin);
    }, 2);
    console.log(line('审核一条后的 progress.county（含审核调用）', afterApprove));
    console.log(line('progress.teachers（全校表，差得多的在前）', await sample(runs.school, (i) => call('progress', { action: 'teachers', year: 2026, sort: 'shortfall', limit: 50 }, principals[i % principals.length] ?? ''))));
    console.log(line('progress.teachers（筛选：差公需科目）', await sample(runs.school, (i) => call('progress', { action: 'teachers', year: 2026, categoryId: 'gongxu', limit: 50 }, principals[i % principals.length] ?? ''))));
    console.log(line('review.queue（50 条/页，含可增加学分）', await sample(runs.queue, (i) => call('review', { action: 'queue', limit: 50 }, principals[i % principals.length] ?? ''))));
    const ids = pending.slice(next);
    console.log(line('review.detail（通过前后进度、重复提示）', await sample(runs.detail, (i) => {
      const p = ids[i % ids.length];
      const school = p?.recordId.slice(0, p.recordId.indexOf('-t')) ?? '';
      return call('review', { action: 'detail', recordId: p?.recordId ?? '' }, owner.get(school) ?? '');
    })));
    console.log('\n目标（只打印，不判定）：稳定状态下全县、全校页面 p95 ≤ 300 ms；第一次物化只在政策发布后发生一次。');
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error('基准测试失败：', err);
  process.exit(1);
});
