/**
 * npm run bench:engine — how long the credit engine takes for a whole county.
 *
 * For each built-in policy: 5,000 teachers × 40 approved records, generated
 * deterministically (seeded PRNG) across the policy period. Measures the time
 * to compute all 5,000 reports (warm-up first, median of several runs), with
 * full per-record explanations and with detail "summary" (what school/county
 * tables use), and compares it with JSON.parse of the same records as one
 * JSON string. Prints figures against the targets; asserts nothing.
 */
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { compilePolicy } from '../../shared/engine';
import { getPolicy, listPolicies } from '../../shared/policies';
import { creditRecordSchema, type CreditRecord } from '../../shared/schemas/record';
import type { TeacherContext } from '../../shared/schemas/teacher-context';
import { generateCounty, mulberry32 } from './generate-records';

const TEACHERS = Number(process.env.BENCH_TEACHERS ?? 5000);
const RECORDS = Number(process.env.BENCH_RECORDS ?? 40);
const WARMUP = 2;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** Only these policies (comma-separated ids), for profiling one at a time. */
const ONLY = process.env.BENCH_POLICY?.split(',');
const TARGET_MS = 150;
const TARGET_RATIO = 1;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Median wall time of each function after warm-up runs. The functions take
 * turns within each round, so a load spike on a shared machine hits all of
 * them alike and the ratio between them stays meaningful.
 */
function timeInTurns(fns: readonly (() => void)[]): number[] {
  for (let i = 0; i < WARMUP; i += 1) for (const fn of fns) fn();
  const runs: number[][] = fns.map(() => []);
  for (let i = 0; i < RUNS; i += 1) {
    fns.forEach((fn, k) => {
      const t0 = performance.now();
      fn();
      runs[k]?.push(performance.now() - t0);
    });
  }
  return runs.map(median);
}

/** A few teachers carry statuses so status rules and after-hire targets run too. */
function teachersOf(ids: readonly string[], years: readonly number[], start: string, seed: number): TeacherContext[] {
  const rand = mulberry32(seed ^ 0x5eed);
  return ids.map((teacherId) => {
    const roll = rand();
    if (roll < 0.05) return { teacherId, statuses: [{ status: 'new-teacher' }], hiredOn: start };
    if (roll < 0.08) return { teacherId, statuses: [{ status: 'maternity', years: [years[Math.floor(rand() * years.length)] ?? 2026] }] };
    return { teacherId, statuses: [] };
  });
}

interface Row { id: string; fullMs: number; summaryMs: number; parseMs: number; compileMs: number; met: number; jsonMb: number }

function benchPolicy(id: string, index: number): Row {
  const policy = getPolicy(id);
  if (!policy) throw new Error(`no policy ${id}`);
  const seed = 20260000 + index;
  const county = generateCounty({ teachers: TEACHERS, recordsPerTeacher: RECORDS, start: policy.period.start, end: policy.period.end, seed });
  // The generator must produce records the app would accept; check a sample outside the timing.
  for (const r of county.records.slice(0, 500)) creditRecordSchema.parse(r);
  const byTeacher = new Map<string, CreditRecord[]>();
  for (const r of county.records) {
    const list = byTeacher.get(r.teacherId);
    if (list) list.push(r);
    else byTeacher.set(r.teacherId, [r]);
  }
  const teachers = teachersOf(county.teacherIds, policy.period.years, policy.period.start, seed);
  const json = JSON.stringify(county.records);
  const asOf = policy.period.end;

  const c0 = performance.now();
  const compiled = compilePolicy(structuredClone(policy));
  const compileMs = performance.now() - c0;

  let met = 0;
  const county1 = (detail: 'full' | 'summary') => () => {
    met = 0;
    for (const t of teachers) {
      const report = compiled.compute(byTeacher.get(t.teacherId) ?? [], t, asOf, { detail });
      if (report.verdict.met) met += 1;
    }
  };
  const [fullMs = 0, summaryMs = 0, parseMs = 0] = timeInTurns([county1('full'), county1('summary'), () => { JSON.parse(json); }]);
  return { id, fullMs, summaryMs, parseMs, compileMs, met, jsonMb: json.length / 1e6 };
}

function main(): void {
  console.log(`引擎基准：每个政策 ${TEACHERS} 名教师 × ${RECORDS} 条记录（共 ${TEACHERS * RECORDS} 条），预热 ${WARMUP} 次，取 ${RUNS} 次中位数`);
  console.log(`Node ${process.version}，${availableParallelism()} 核，负载 ${loadavg().map((l) => l.toFixed(1)).join(' ')}；目标：全县报告 ≤ ${TARGET_MS} ms，且与 JSON.parse 同样输入之比 ≤ ${TARGET_RATIO}\n`);
  const rows = listPolicies().map((p, i) => ({ id: p.id, i })).filter((p) => !ONLY || ONLY.includes(p.id)).map((p) => benchPolicy(p.id, p.i));
  const pad = (s: string, n: number) => s.padStart(n);
  console.log(`${'policy'.padEnd(16)}${pad('full ms', 10)}${pad('summary ms', 12)}${pad('JSON.parse ms', 15)}${pad('ratio full', 12)}${pad('ratio summ.', 13)}${pad('compile ms', 12)}${pad('met', 7)}${pad('JSON MB', 9)}  target`);
  for (const r of rows) {
    const ratioFull = r.fullMs / r.parseMs;
    const ratioSummary = r.summaryMs / r.parseMs;
    const ok = (ms: number, ratio: number) => (ms <= TARGET_MS && ratio <= TARGET_RATIO ? '✔' : '✘');
    console.log(
      `${r.id.padEnd(16)}${pad(r.fullMs.toFixed(1), 10)}${pad(r.summaryMs.toFixed(1), 12)}${pad(r.parseMs.toFixed(1), 15)}` +
      `${pad(ratioFull.toFixed(2), 12)}${pad(ratioSummary.toFixed(2), 13)}${pad(r.compileMs.toFixed(2), 12)}${pad(String(r.met), 7)}${pad(r.jsonMb.toFixed(1), 9)}` +
      `  full ${ok(r.fullMs, ratioFull)} / summary ${ok(r.summaryMs, ratioSummary)}`,
    );
  }
  console.log(`\n每位教师 ${RECORDS} 条；full 每条记录约 ${rows.map((r) => `${r.id} ${((r.fullMs * 1000) / (TEACHERS * RECORDS)).toFixed(2)} µs`).join('，')}`);
  console.log(`目标：≤ ${TARGET_MS} ms / county，ratio ≤ ${TARGET_RATIO}（ratio = 引擎时间 ÷ JSON.parse 同样记录的时间）。本脚本只报告数字，不判定失败。`);
}

main();
