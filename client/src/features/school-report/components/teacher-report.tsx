import { Text, View } from '@tarojs/components';
import { StatusView } from '@/components/status-view';
import type { RemoteState } from '@/hooks/use-remote';
import { ProgressReportView } from '@/features/progress';
import type { TeacherReport } from '../api/school-api';

/**
 * One teacher's full report as she sees it on 首页 (reuses the progress feature's view;
 * teacher-records' richer report component can replace it once merged).
 */
export function TeacherReportView({ state, onRetry }: { state: RemoteState<TeacherReport>; onRetry: () => void }) {
  if (state.status === 'loading') return <StatusView kind="loading" title="正在读取这位老师的进度…" />;
  if (state.status === 'error') return <StatusView kind="error" title="进度读不出来" description={state.error.message} onAction={onRetry} />;
  const { person } = state.data;
  return (
    <View id="teacher-report">
      <View className="card">
        <Text className="review__who">{person.name}</Text>
        <Text className="card__hint">{person.schoolName ?? ''}{person.subject ? ` · ${person.subject}` : ''}</Text>
      </View>
      <ProgressReportView data={state.data} />
    </View>
  );
}
