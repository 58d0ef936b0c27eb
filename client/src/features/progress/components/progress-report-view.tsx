import { Text, View } from '@tarojs/components';
import type { MyProgress } from '@/services/progress';
import { RequirementLine } from '@/components/teacher-report/requirement-line';
import { homeText } from '@shared/home-view/home-text';
import { asOfText, scopeLines, statusNote, targetLine, verdictText, yearTargets } from '@shared/home-view/progress-text';

/** The 本年度进度 card once the report is in: verdict, the year's lines, targets, notes. */
export function ProgressReportView({ data }: { data: Pick<MyProgress, 'report' | 'policy' | 'pendingCount'> & Partial<Pick<MyProgress, 'unit'>> }) {
  const { report, policy, pendingCount } = data;
  const year = policy.year;
  const scope = report.years.find((y) => y.year === year) ?? null;
  const targets = yearTargets(report, year).map(targetLine);
  const scopeNote = scope ? (statusNote(scope.status) ?? (scope.closed ? '本年度已结束' : null)) : null;
  return (
    <View className="card progress" id="progress">
      <Text className="card__label">{homeText.progressLabel(year)}</Text>
      <Text className={`progress__verdict progress__verdict--${report.verdict.met ? 'met' : 'short'}`} id="progress-verdict">
        {verdictText(report.verdict)}
      </Text>
      {scopeNote ? <Text className="progress__note">{scopeNote}</Text> : null}
      {pendingCount > 0 ? (
        <Text className="progress__pending" id="progress-pending">
          {homeText.pendingNote(pendingCount)}
        </Text>
      ) : null}
      {report.provisional ? (
        <Text className="progress__pending">部分数字包含待审核的记录，审核通过前只是暂计。</Text>
      ) : null}
      {scope?.adjustments.map((a) => (
        <Text key={a.ruleId} className="progress__note">已按「{a.name}」调整要求</Text>
      ))}
      {scope ? (
        <View className="progress__lines">
          {scopeLines(scope, data.unit).map((line) => <RequirementLine key={line.id} line={line} />)}
        </View>
      ) : (
        <Text className="progress__note">本年度没有单独的学分要求，请看整个周期的进度。</Text>
      )}
      {targets.length > 0 ? (
        <View className="progress__lines">
          <Text className="progress__section">{homeText.targetsSection}</Text>
          {targets.map((line) => <RequirementLine key={line.id} line={line} />)}
        </View>
      ) : null}
      <View className="progress__foot" id="progress-foot">
        <Text>{homeText.asOf(asOfText(report.asOf))}</Text>
        <Text>{homeText.approvedOnly}</Text>
        <Text>{homeText.basis(report.policyName)}</Text>
      </View>
    </View>
  );
}
