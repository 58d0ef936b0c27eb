import '@/styles/manage-screens.css';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Screen } from '@/components/screen';
import { TeacherReportView, useTeacherReport } from '@/features/school-report';

/** One teacher's full report (`?teacherId=&year=`), as she sees it herself. */
export default function TeacherPage() {
  const { params } = useRouter();
  const year = params.year ? Number(params.year) : undefined;
  const { state, reload } = useTeacherReport(decodeURIComponent(params.teacherId ?? ''), Number.isInteger(year) ? year : undefined);
  return (
    <Screen>
      <View className="mpage">
        <TeacherReportView state={state} onRetry={() => void reload()} />
      </View>
    </Screen>
  );
}
