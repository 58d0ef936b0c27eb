import { policyForYear } from '../../shared/policies/period-instances';
import type { Policy } from '../../shared/schemas/policy';
import type { CliArgs } from './args';
import type { TeacherRecords } from './group-teachers';

/** How the CLI names and picks a policy's period instance (永吉's cycles repeat from 2018). */

/** "适用于 2018–2022 年，此后每 5 年一期" */
export function periodWords(policy: Policy): string {
  const { years, recurrence } = policy.period;
  const span = years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : `${years[0]}`;
  return `适用于 ${span} 年${recurrence ? `，此后每 ${years.length} 年一期${recurrence.until ? `（至 ${recurrence.until} 年）` : ''}` : ''}`;
}

/** "统计期：2023-01-01 至 2027-12-31（2023—2027 五年周期）" of the instance used. */
export function periodLine(policy: Policy, year: number | undefined): string {
  const p = (year === undefined ? null : policyForYear(policy, year)) ?? policy;
  const cycle = p.period.cycle?.name ?? (p.period.cycle ? `${p.period.cycle.startYear}–${p.period.cycle.endYear} 周期` : '');
  const recurs = policy.period.recurrence ? `；自 ${policy.period.years[0]} 年起每 ${policy.period.years.length} 年一期` : '';
  return `统计期：${p.period.start} 至 ${p.period.end}${cycle ? `（${cycle}${recurs}）` : recurs ? `（${recurs.slice(1)}）` : ''}`;
}

/** The year whose period instance to compute over: --year, else the latest record's year (a recurring policy). */
export function periodYear(policy: Policy, args: CliArgs, teachers: readonly TeacherRecords[]): number | undefined {
  if (args.year !== undefined || !policy.period.recurrence) return args.year;
  let latest = '';
  for (const t of teachers) for (const r of t.records) if (r.endDate > latest) latest = r.endDate;
  return latest ? Number(latest.slice(0, 4)) : undefined;
}
