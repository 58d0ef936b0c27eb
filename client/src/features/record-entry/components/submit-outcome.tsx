import { useEffect, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { listOutbox, subscribeOutbox } from '@/services/outbox';
import type { SubmitOutcome } from '../hooks/use-submit';

export interface SubmitOutcomeViewProps {
  outcome: SubmitOutcome;
  onAnother: () => void;
  onRecords: () => void;
  onHome: () => void;
}

/** After 提交: 待审核 (or 待上传 when it waits for network), and where to go next. */
export function SubmitOutcomeView({ outcome, onAnother, onRecords, onHome }: SubmitOutcomeViewProps) {
  const [sent, setSent] = useState(false);
  // A queued submit leaves the outbox once the network is back and it was sent.
  useEffect(() => {
    if (outcome.kind !== 'queued') return undefined;
    const check = () => { if (!listOutbox().some((i) => i.requestId === outcome.requestId)) setSent(true); };
    check();
    return subscribeOutbox(check);
  }, [outcome]);
  const queued = outcome.kind === 'queued' && !sent;
  return (
    <View className="card outcome" id="submit-outcome">
      <View className={`outcome__mark ${queued ? 'outcome__mark--wait' : ''}`}>{queued ? '…' : '✓'}</View>
      <Text className="outcome__title">{queued ? '已保存在手机上' : outcome.kind === 'resubmitted' ? '已重新提交' : '提交成功'}</Text>
      <Text className="outcome__status" id="outcome-status">状态：{queued ? '待上传' : '待审核'}</Text>
      <Text className="card__hint">
        {queued ? '现在没有网络。联网后会自动上传，不用再填一遍。' : '学校审核通过后，学分计入您的进度。审核结果可在「我的记录」查看。'}
      </Text>
      {outcome.kind !== 'resubmitted' ? <Button className="btn btn--primary" id="outcome-another" onClick={onAnother}>再登记一张证书</Button> : null}
      <Button className="btn btn--plain" id="outcome-records" onClick={onRecords}>查看我的记录</Button>
      <Button className="btn btn--plain" id="outcome-home" onClick={onHome}>回首页</Button>
    </View>
  );
}
