import dayjs from 'dayjs';
import type { Policy, PolicyLimit } from '../schemas/policy';
import { TOTAL_ID } from '../schemas/policy';
import type { ErrorSink } from './check-values';

/** Period: dates in order, consecutive years inside them, cycle matching the years. */
export function checkPeriod(p: Policy, sink: ErrorSink): void {
  const { start, end, years, cycle } = p.period;
  const s = dayjs(start);
  const e = dayjs(end);
  if (!s.isValid() || !e.isValid() || e.isBefore(s)) {
    sink.add('PERIOD_INVERTED', 'period', `结束日期 ${end} 早于开始日期 ${start}`);
  }
  if (years.length === 0) {
    sink.add('PERIOD_WITHOUT_YEARS', 'period.years', '至少需要一个统计年度');
  }
  years.forEach((y, i) => {
    if (i > 0 && y !== (years[i - 1] ?? 0) + 1) {
      sink.add('YEARS_NOT_CONSECUTIVE', `period.years[${i}]`, '统计年度必须连续且不重复');
    }
    if (y < s.year() || y > e.year()) {
      sink.add('YEAR_OUTSIDE_PERIOD', `period.years[${i}]`, `${y} 年不在 ${start} 至 ${end} 之内`);
    }
  });
  if (cycle) {
    if (cycle.endYear < cycle.startYear) {
      sink.add('CYCLE_WITHOUT_YEARS', 'period.cycle', `周期 ${cycle.startYear}–${cycle.endYear} 不含任何年度`);
    } else if (years[0] !== cycle.startYear || years[years.length - 1] !== cycle.endYear) {
      sink.add('CYCLE_YEARS_MISMATCH', 'period.cycle', '周期起止年度必须与统计年度一致');
    }
  }
  checkRecurrence(p, sink);
  if (!cycle && p.verdict !== 'years') {
    sink.add('SCOPE_WITHOUT_CYCLE', 'verdict', '没有周期的政策只能按年度判定');
  }
}

/**
 * A repeating period must stay inside its own years (else two instances would
 * claim the same day) and may not end before it starts repeating.
 */
function checkRecurrence(p: Policy, sink: ErrorSink): void {
  const { start, end, years, recurrence } = p.period;
  if (!recurrence || years.length === 0) return;
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? 0;
  if (start < `${first}-01-01` || end > `${last}-12-31`) {
    sink.add('RECURRENCE_OVERLAP', 'period.recurrence', `重复的周期必须在 ${first}–${last} 年之内（${start} 至 ${end} 超出），否则前后两期会重叠`);
  }
  if (recurrence.until !== undefined && recurrence.until < last) {
    sink.add('RECURRENCE_UNTIL_EARLY', 'period.recurrence.until', `重复截止年 ${recurrence.until} 早于本期最后一年 ${last}`);
  }
}

/** Category ids unique, parents known, no loops; returns id → parent id. */
export function checkCategories(p: Policy, sink: ErrorSink): Map<string, string | undefined> {
  const parents = new Map<string, string | undefined>();
  p.categories.forEach((c, i) => {
    if (parents.has(c.id) || c.id === TOTAL_ID) {
      sink.add('DUPLICATE_ID', `categories[${i}].id`, `类别编号 ${c.id} 重复或为保留字`);
    }
    parents.set(c.id, c.parent);
  });
  p.categories.forEach((c, i) => {
    if (c.parent !== undefined && !parents.has(c.parent)) {
      sink.add('UNKNOWN_CATEGORY', `categories[${i}].parent`, `上级类别 ${c.parent} 不存在`);
    }
    const seen = new Set<string>([c.id]);
    for (let at = c.parent; at !== undefined; at = parents.get(at)) {
      if (seen.has(at)) {
        sink.add('CATEGORY_LOOP', `categories[${i}].parent`, `类别 ${c.id} 的上级链回到了自身`);
        break;
      }
      seen.add(at);
    }
  });
  return parents;
}

/** Amounts of one limit valid, and the cap not below the minimum. */
export function checkLimit(limit: PolicyLimit | undefined, path: string, hasCycle: boolean, scope: string, sink: ErrorSink): void {
  if (!limit) {
    return;
  }
  if (scope === 'cycle' && !hasCycle) {
    sink.add('SCOPE_WITHOUT_CYCLE', path, '政策没有周期，不能设置周期要求');
  }
  const min = sink.amount(limit.min, `${path}.min`);
  const cap = sink.amount(limit.cap, `${path}.cap`);
  if (min !== undefined && cap !== undefined && cap < min) {
    sink.add('CAP_BELOW_MIN', `${path}.cap`, `上限 ${limit.cap} 低于下限 ${limit.min}`);
  }
  if (limit.counts && limit.minTopics === undefined && limit.minRecords === undefined) {
    sink.add('COUNTS_WITHOUT_COUNT', `${path}.counts`, '只有设置了专题数（minTopics）或记录数（minRecords）时才能说明其作用');
  }
}

/** Every category's and the total's limits. */
export function checkAllLimits(p: Policy, sink: ErrorSink): void {
  const hasCycle = p.period.cycle !== undefined;
  p.categories.forEach((c, i) => {
    checkLimit(c.limits?.year, `categories[${i}].limits.year`, hasCycle, 'year', sink);
    checkLimit(c.limits?.cycle, `categories[${i}].limits.cycle`, hasCycle, 'cycle', sink);
  });
  checkLimit(p.total.year, 'total.year', hasCycle, 'year', sink);
  checkLimit(p.total.cycle, 'total.cycle', hasCycle, 'cycle', sink);
}
