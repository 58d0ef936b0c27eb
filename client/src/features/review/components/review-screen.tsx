import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { StatusView } from '@/components/status-view';
import type { useReviewDetail } from '../hooks/use-review-detail';
import { ReturnForm } from './return-form';
import { ReviewRecord } from './review-record';
import { RemoteError } from '@/components/remote-error';

type Detail = ReturnType<typeof useReviewDetail>;

/**
 * 审核一条: the record, then 通过 (one tap) or 退回 (reason required). After either, the
 * next oldest record opens; when someone else was faster the banner names her.
 */
export function ReviewScreen({ detail, onBackToQueue, now }: { detail: Detail; onBackToQueue: () => void; now?: string }) {
  const { state, outcome } = detail;
  const [returning, setReturning] = useState(false);
  if (outcome.kind === 'queue-empty') {
    return <StatusView kind="empty" title={outcome.message} description="新的提交会出现在待审核列表里。" actionText="回到待审核列表" onAction={onBackToQueue} />;
  }
  if (state.status === 'loading') return <StatusView kind="loading" title="正在打开记录…" />;
  if (state.status === 'error') return <RemoteError error={state.error} title="这条记录打不开" what="这条记录" onRetry={() => void detail.reload()} />;
  const { record } = state.data;
  const pending = record.allowedActions.includes('approve');
  const busy = outcome.kind === 'busy';
  return (
    <View id="review-screen">
      {detail.done.length > 0 ? <Text className="review__done" id="review-done">本次已处理 {detail.done.length} 条</Text> : null}
      {outcome.kind === 'handled' ? (
        <View className="banner" id="review-handled">
          <Text className="banner__text">{outcome.message}</Text>
          <Button className="btn btn--primary" id="review-next" onClick={() => void detail.next()}>看下一条</Button>
        </View>
      ) : null}
      {outcome.kind === 'error' ? (
        <View className="banner banner--error" id="review-error">
          <Text className="banner__text">{outcome.error.message}</Text>
          <Button className="btn btn--plain" onClick={detail.dismiss}>知道了</Button>
        </View>
      ) : null}
      <ReviewRecord data={state.data} now={now} />
      {pending && outcome.kind !== 'handled' ? (
        returning ? (
          <ReturnForm
            busy={busy}
            onCancel={() => setReturning(false)}
            onSubmit={(reason, fields) => { void detail.giveBack(reason, fields).then(() => setReturning(false)); }}
          />
        ) : (
          <View className="actions" id="review-actions">
            <Button className="btn btn--primary actions__approve" id="review-approve" disabled={busy || undefined} onClick={() => void detail.approve()}>
              {busy && outcome.what === 'approve' ? '正在通过…' : '通过'}
            </Button>
            <Button className="btn btn--danger-plain actions__return" id="review-return" disabled={busy || undefined} onClick={() => setReturning(true)}>退回修改</Button>
          </View>
        )
      ) : null}
      <Button className="btn btn--plain" id="review-back" onClick={onBackToQueue}>回到待审核列表</Button>
    </View>
  );
}
