import '@/styles/manage-screens.css';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ReminderOptIn } from '@/components/reminder-opt-in';
import { Screen } from '@/components/screen';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { QueueList, useReviewQueue } from '@/features/review';

/** 待审核 list (subpackage `manage`). Refreshes when shown again after a review. */
export default function QueuePage() {
  const q = useReviewQueue();
  useReloadOnShow(q.reload);
  return (
    <Screen>
      <View className="mpage">
        <QueueList
          state={q.state} onRetry={() => void q.reload()}
          onOpen={(item) => void Taro.navigateTo({ url: `/manage/review/index?id=${encodeURIComponent(item.id)}` })}
          selected={q.selected} chosenItems={q.chosenItems} batch={q.batch}
          onToggle={q.toggle} onSelectAll={q.selectAll} onStartBatch={q.start} onCancelBatch={q.cancel}
          onConfirm={q.confirm} onBack={q.back} onSend={() => void q.send()} onFinish={q.finish}
        />
        <ReminderOptIn />
      </View>
    </Screen>
  );
}
