import { useRouter } from '@tarojs/taro';
import { Screen } from '@/components/screen';
import { StatusView } from '@/components/status-view';
import { RecordDetail, useRecordDetail } from '@/features/my-records';

function Detail({ id }: { id: string }) {
  const detail = useRecordDetail(id);
  return (
    <RecordDetail
      record={detail.record}
      credits={detail.credits}
      withdraw={detail.withdraw}
      onRetry={() => void detail.reload()}
      onRetryCredits={() => void detail.reloadCredits()}
      onWithdraw={() => void detail.askWithdraw()}
    />
  );
}

/** One record: reason (if returned), credits and why, photos, fields, history, 撤回. */
export default function RecordDetailPage() {
  const id = useRouter().params.id ?? '';
  return (
    <Screen>
      {id ? <Detail id={decodeURIComponent(id)} /> : <StatusView kind="empty" title="没有指定记录" description="请从「我的记录」里点一条记录打开。" />}
    </Screen>
  );
}
