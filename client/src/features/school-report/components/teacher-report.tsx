import { Text, View } from '@tarojs/components';
import { StatusView } from '@/components/status-view';
import type { RemoteState } from '@/hooks/use-remote';
import { TeacherReport as TeacherReportCard } from '@/components/teacher-report/teacher-report';
import type { TeacherReport } from '../api/school-api';
import { RemoteError } from '@/components/remote-error';

/**
 * One teacher's year report exactly as she sees it in 学分进度 (the progress feature's
 * TeacherReport): verdict, categories with the records that filled them, pending, targets.
 */
export function TeacherReportView({ state, onRetry }: { state: RemoteState<TeacherReport>; onRetry: () => void }) {
  if (state.status === 'loading') return <StatusView kind="loading" title="正在读取这位老师的进度…" />;
  if (state.status === 'error') return <RemoteError error={state.error} title="进度读不出来" what="这位教师的进度" onRetry={onRetry} />;
  const { person } = state.data;
  return (
    <View id="teacher-report">
      <View className="card">
        <Text className="review__who">{person.name}</Text>
        <Text className="card__hint">{person.schoolName ?? ''}{person.subject ? ` · ${person.subject}` : ''}</Text>
      </View>
      <TeacherReportCard data={state.data} tab="year" year={state.data.policy.year} />
    </View>
  );
}
