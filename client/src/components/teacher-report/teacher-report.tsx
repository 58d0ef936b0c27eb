import { Text, View } from '@tarojs/components';
import './teacher-report.css';
import type { MyProgress } from '@/services/progress';
import { RequirementLine } from './requirement-line';
import { asOfText, scopeLines, targetLine, verdictText } from '@shared/home-view/progress-text';
import {
  deadlineText, excludedRecords, pendingByCategory, recordsByCategory, scopeOf, scopeTitle, tabTargets, upcomingDeadlines,
  type FilledBy, type ReportTab,
} from './report-text';

export interface TeacherReportProps {
  data: MyProgress;
  tab: ReportTab;
  year: number;
  /** Tapping a record under a category (opens its detail); rows are plain text without it. */
  onOpenRecord?: (recordId: string) => void;
}

function Filled({ rows, pending, onOpen }: { rows: FilledBy[]; pending?: boolean; onOpen?: (id: string) => void }) {
  return (
    <View className={`filled${pending ? ' filled--pending' : ''}`}>
      {rows.map((r) => (
        <View key={r.recordId} className="filled__row" id={`filled-${r.recordId}`} onClick={onOpen ? () => onOpen(r.recordId) : undefined}>
          <Text className="filled__title">{r.title}</Text>
          <Text className="filled__amount">{r.amount}</Text>
        </View>
      ))}
    </View>
  );
}

/**
 * One teacher's standing in one scope (年度 or 周期): verdict, hand-in dates while
 * something is missing, the category tree with bars, under each category the records that
 * filled it and those waiting (「审核通过后 +N」), targets, and what counts nothing.
 * Reusable: the management "teacher report" renders it for any teacher's progress answer.
 */
export function TeacherReport({ data, tab, year, onOpenRecord }: TeacherReportProps) {
  const { report, unit } = data;
  const scope = scopeOf(report, tab, year);
  const targets = tabTargets(report, tab, year).map(targetLine);
  if (!scope) {
    return (
      <View className="card" id="report-none">
        <Text className="card__hint">{tab === 'cycle' ? '这份政策只按年度考核，没有周期要求。' : `政策里没有 ${year} 年度的要求。`}</Text>
      </View>
    );
  }
  const filled = recordsByCategory(report, scope, unit);
  const pending = pendingByCategory(data.pending, unit);
  const deadlines = scope.met ? [] : upcomingDeadlines(data.deadlines, report.asOf);
  const excluded = excludedRecords(report, scope);
  return (
    <View id={`report-${tab}`}>
      <View className="card">
        <Text className="card__label" id="report-scope">{scopeTitle(scope)}</Text>
        <Text className={`progress__verdict progress__verdict--${scope.met ? 'met' : 'short'}`} id="report-verdict">
          {tab === 'year' ? verdictText(report.verdict) : scope.met ? '已达标' : '尚未达标'}
        </Text>
        {deadlines.map((d) => (
          <View key={d.id} className="deadline" id={`deadline-${d.id}`}>
            <Text className="deadline__when">截止时间：{deadlineText(d)}</Text>
            <Text className="deadline__what">{d.name}。还差的请在此之前补齐并交学校审核。</Text>
          </View>
        ))}
        {data.pendingCount > 0 ? (
          <Text className="progress__pending" id="report-pending">有 {data.pendingCount} 条记录在审核，下面标出了审核通过后能加多少。</Text>
        ) : null}
        {scope.adjustments.map((a) => <Text key={a.ruleId} className="progress__note">已按「{a.name}」调整要求</Text>)}
      </View>
      <View className="card progress__lines" id="report-lines">
        {scopeLines(scope, unit).map((line) => (
          <View key={line.id} className="rcat">
            <RequirementLine line={line} />
            {!line.isTotal && filled.get(line.id) ? <Filled rows={filled.get(line.id) ?? []} onOpen={onOpenRecord} /> : null}
            {!line.isTotal && pending.get(line.id) ? <Filled rows={pending.get(line.id) ?? []} pending onOpen={onOpenRecord} /> : null}
          </View>
        ))}
      </View>
      {targets.length > 0 ? (
        <View className="card progress__lines" id="report-targets">
          <Text className="progress__section">专项要求</Text>
          {targets.map((line) => <RequirementLine key={line.id} line={line} />)}
        </View>
      ) : null}
      {excluded.length > 0 || pending.get('') ? (
        <View className="card" id="report-excluded">
          <Text className="progress__section">不计学分的记录</Text>
          <Filled rows={excluded.map((e) => ({ recordId: e.recordId, title: e.title, amount: e.reason }))} onOpen={onOpenRecord} />
          {pending.get('') ? <Filled rows={pending.get('') ?? []} pending onOpen={onOpenRecord} /> : null}
        </View>
      ) : null}
      <View className="progress__foot" id="report-foot">
        <Text>截至 {asOfText(report.asOf)}，只计算已通过审核的记录</Text>
        <Text>依据：{report.policyName}</Text>
      </View>
    </View>
  );
}
