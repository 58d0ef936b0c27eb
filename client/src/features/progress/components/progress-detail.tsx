import { Text, View } from '@tarojs/components';
import { StatusView } from '@/components/status-view';
import { isSignedOut, SignedOutView } from '@/components/remote-error';
import type { RemoteState } from '@/hooks/use-remote';
import type { MyProgress } from '@/services/progress';
import { progressErrorText } from './progress-errors';
import { reportYear, type ReportTab } from '@/components/teacher-report/report-text';
import { TeacherReport } from '@/components/teacher-report/teacher-report';

export interface ProgressDetailProps {
  state: RemoteState<MyProgress>;
  tab: ReportTab;
  onTab: (tab: ReportTab) => void;
  onRetry: () => void;
  onOpenRecord?: (recordId: string) => void;
}

const tabs: Array<{ key: ReportTab; label: string }> = [{ key: 'year', label: '年度' }, { key: 'cycle', label: '周期' }];

/** 学分进度 page: 年度 / 周期 tabs over the teacher report, with every state. */
export function ProgressDetail({ state, tab, onTab, onRetry, onOpenRecord }: ProgressDetailProps) {
  if (state.status === 'loading') return <StatusView kind="loading" title="正在读取学分进度…" />;
  if (state.status === 'error') {
    if (isSignedOut(state.error)) return <SignedOutView what="您的学时、学分进度" />;
    const text = progressErrorText(state.error);
    return <StatusView kind={text.action === '重试' ? 'error' : 'empty'} title={text.title} description={text.description} actionText={text.action} onAction={onRetry} />;
  }
  const year = reportYear(state.data.report, null);
  return (
    <View id="progress-detail">
      <View className="tabs" id="report-tabs">
        {tabs.map((t) => (
          <Text key={t.key} id={`tab-${t.key}`} className={`tabs__item${t.key === tab ? ' tabs__item--on' : ''}`} onClick={() => onTab(t.key)}>
            {t.label}{t.key === 'year' ? ` · ${year}` : ''}
          </Text>
        ))}
      </View>
      <TeacherReport data={state.data} tab={tab} year={year} onOpenRecord={onOpenRecord} />
    </View>
  );
}
