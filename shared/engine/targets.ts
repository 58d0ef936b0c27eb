import type { TargetResult } from '../schemas/progress-report';
import type { TeacherContext } from '../schemas/teacher-context';
import type { CompiledPolicyData, CompiledTarget } from './compiled-types';
import { statusesHeld } from './effective-limits';
import type { RecordOutcome } from './record-outcome';

function measure(t: CompiledTarget, index: number, outcomes: readonly RecordOutcome[]): number {
  let sum = 0;
  for (const o of outcomes) {
    if (o.decision?.targets[index] !== true) continue;
    sum += t.measure === 'hours' ? o.hours : t.measure === 'credits' ? o.credits : 1;
  }
  return sum;
}

function row(t: CompiledTarget, year: number | null, achieved: number, window: TargetResult['window'], note: string | null): TargetResult {
  return {
    id: t.ruleId, name: t.name, scope: t.scope, year, measure: t.measure, achieved, required: t.min,
    met: note === null && achieved >= t.min, affectsVerdict: t.affectsVerdict, window, note, source: t.source,
  };
}

/**
 * Figures that cut across categories: per year, per cycle, or within months
 * after hiring (霍尔果斯 适岗 "原则上应在上岗后一年内完成"). Hours targets
 * count training hours only, never bonus hours.
 */
export function computeTargets(cp: CompiledPolicyData, teacher: TeacherContext, counted: readonly RecordOutcome[]): TargetResult[] {
  const out: TargetResult[] = [];
  const years = cp.period.years;
  const held = statusesHeld(teacher, years, null);
  for (let index = 0; index < cp.targets.length; index += 1) {
    const t = cp.targets[index] as CompiledTarget;
    if (t.statuses && ![...t.statuses].some((s) => held.has(s))) continue;
    if (t.scope === 'year') {
      for (const y of years) out.push(row(t, y, measure(t, index, counted.filter((o) => o.year === y)), null, null));
    } else if (t.scope === 'cycle') {
      out.push(row(t, null, measure(t, index, counted), null, null));
    } else if (!teacher.hiredOn) {
      out.push(row(t, null, 0, null, '缺少入职日期，无法计算入职后时限'));
    } else {
      const to = cp.days.windowEnd(teacher.hiredOn, t.months);
      const fromKey = cp.days.key(teacher.hiredOn);
      const toKey = cp.days.key(to);
      const inWindow = counted.filter((o) => o.endKey >= fromKey && o.endKey <= toKey);
      out.push(row(t, null, measure(t, index, inWindow), { from: teacher.hiredOn, to }, null));
    }
  }
  return out;
}
