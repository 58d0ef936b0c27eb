import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Screen } from '@/components/screen';
import { SessionDetailView, useSessionDetail } from '@/features/training';

/**
 * 现场签到 (subpackage training): the rotating code, live count, list, 结束并计入学时,
 * 导出签到表 (registers.sign-in-sheet).
 */
export default function TrainingDetailPage() {
  const { params } = useRouter();
  const d = useSessionDetail(String(params.id ?? ''));
  return (
    <Screen>
      <View className="tpage">
        <SessionDetailView detail={d.detail} code={d.code} busy={d.busy} closeError={d.closeError} onRetry={() => void d.reload()}
          onMark={(id, p) => void d.mark(id, p)} onPassed={(ids) => void d.setPassed(ids)} onClose={() => void d.close()}
          onExport={() => void d.exportSheet()} />
      </View>
    </Screen>
  );
}
