import { useRouter } from '@tarojs/taro';
import { Screen } from '@/components/screen';
import { RecordEntry } from '@/features/record-entry';

/** 登记证书 (new record) or, with `?resubmit=<recordId>`, 修改后重新提交. Subpackage `record-entry`. */
export default function SubmitPage() {
  const { params } = useRouter();
  const recordId = typeof params.resubmit === 'string' && params.resubmit ? decodeURIComponent(params.resubmit) : null;
  return (
    <Screen>
      <RecordEntry key={recordId ?? 'new'} recordId={recordId} />
    </Screen>
  );
}
