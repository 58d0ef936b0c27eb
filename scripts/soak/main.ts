/**
 * `npm run soak`: the reliability harness (issue 6). Fuzzes every action,
 * runs a mixed load and SIGKILLs the server under load, then checks the
 * invariants and prints a table. Exit code 1 when any invariant is violated.
 * SOAK_SHORT=1 runs the few-second version that `npm test` also runs.
 */
import { fullSoak, runSoak, shortSoak, type PhaseRow } from './run-soak';

const pad = (s: string | number, n: number) => String(s).padStart(n);
const ms = (v: number) => `${v.toFixed(1)} ms`;

function table(rows: PhaseRow[]): string {
  const head = `${'阶段'.padEnd(22)}${pad('请求', 8)}${pad('成功', 8)}${pad('拒绝', 8)}${pad('中断', 6)}${pad('p50', 11)}${pad('p95', 11)}${pad('秒', 7)}  说明`;
  return [head, ...rows.map((r) => `${r.phase.padEnd(22)}${pad(r.requests, 8)}${pad(r.ok, 8)}${pad(r.refused, 8)}${pad(r.network, 6)}${pad(ms(r.p50), 11)}${pad(ms(r.p95), 11)}${pad(r.seconds.toFixed(1), 7)}  ${r.note}`)].join('\n');
}

async function main(): Promise<void> {
  const config = process.env.SOAK_SHORT === '1' ? shortSoak : fullSoak;
  const report = await runSoak(config, (line) => console.log(`▶ ${line}`));
  console.log(`\n${table(report.rows)}`);
  console.log('\n每个动作的模糊测试：');
  for (const f of report.fuzz) {
    const codes = Object.entries(f.codes).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join('，');
    console.log(`  ${f.action.padEnd(28)}${pad(f.events, 5)} 个  成功 ${pad(f.ok, 4)}  拒绝 ${pad(f.refused, 4)}（${codes}）`);
  }
  const inv = report.invariants;
  if (inv) {
    console.log(`\n不变量：integrity_check ${inv.integrity}；记录 ${inv.records} 条；确认写入 ${inv.acks} 次，丢失 ${inv.lostAcks}；`
      + `重复审核通过 ${inv.doubleApprovals}；审计与状态变化不一致 ${inv.auditMismatches}`);
  }
  console.log(`\n违反不变量：${report.violations.length}`);
  for (const v of report.violations.slice(0, 30)) console.log(`  ✗ ${v}`);
  process.exit(report.violations.length === 0 ? 0 : 1);
}

main().catch((err: unknown) => {
  console.error('压力测试无法运行：', err);
  process.exit(2);
});
