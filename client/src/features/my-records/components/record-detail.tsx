import Taro from '@tarojs/taro';
import '../my-records.css';
import { Button, Text, View } from '@tarojs/components';
import { StatusView } from '@/components/status-view';
import { RemoteError } from '@/components/remote-error';
import type { RemoteState } from '@/hooks/use-remote';
import type { MyProgress } from '@/services/progress';
import type { RecordView } from '../api/records';
import type { WithdrawState } from '../hooks/use-record-detail';
import { RecordCredits } from './record-credits';
import { RecordFields, RecordHistory } from './record-fields';
import { RecordPhotos } from './record-photos';
import { StatusChip } from './status-chip';
import { chipOfStatus, resubmitUrl, returnedFieldNames } from './record-text';

export interface RecordDetailProps {
  record: RemoteState<RecordView>;
  credits: RemoteState<MyProgress> | null;
  withdraw: WithdrawState;
  onRetry: () => void;
  onRetryCredits: () => void;
  onWithdraw: () => void;
}

/** 来源：现场签到 — the session it came from, instead of a certificate photo. */
function SignInSource({ record }: { record: RecordView }) {
  const r = record;
  if (r.source !== 'sign-in') return null;
  const s = r.session;
  return (
    <View className="card" id="record-source">
      <Text className="card__title">来源：现场签到</Text>
      {s ? (
        <>
          <Text className="card__hint" id="record-session">{s.title}</Text>
          <Text className="card__hint">{s.date} · {s.place}</Text>
          <Text className="card__hint">组织者：{s.organiserName}</Text>
        </>
      ) : null}
      <Text className="card__hint">培训结束时按签到直接计入，不用拍证书、不用审核。</Text>
    </View>
  );
}

/** A returned record starts with the reviewer's reason and the way to fix it. */
function ReturnedBanner({ record }: { record: RecordView }) {
  const fields = returnedFieldNames(record);
  return (
    <View className="returned" id="returned-banner">
      <Text className="returned__title">学校退回了这条记录</Text>
      <Text className="returned__reason" id="detail-return-reason">{record.returnReason ?? '请按学校的要求修改。'}</Text>
      {fields.length > 0 ? <Text className="returned__fields">需要修改：{fields.join('、')}</Text> : null}
      <Button className="btn btn--primary" id="resubmit" onClick={() => void Taro.navigateTo({ url: resubmitUrl(record.id) })}>
        修改后重新提交
      </Button>
    </View>
  );
}

/** Record detail: reason (if returned), status, what it earns and why, photos, fields, history, 撤回. */
export function RecordDetail({ record, credits, withdraw, onRetry, onRetryCredits, onWithdraw }: RecordDetailProps) {
  if (record.status === 'loading') return <StatusView kind="loading" title="正在读取这条记录…" />;
  if (record.status === 'error') {
    if (record.error.code === 'NOT_FOUND' || record.error.code === 'FORBIDDEN') {
      return <StatusView kind="empty" title="找不到这条记录" description="它可能已被删除，或不是您的记录。" />;
    }
    return <RemoteError error={record.error} title="记录暂时读不出来" what="这条培训记录" onRetry={onRetry} />;
  }
  const r = record.data;
  const canWithdraw = r.allowedActions.includes('withdraw');
  return (
    <View id="record-detail">
      {r.status === 'returned' ? <ReturnedBanner record={r} /> : null}
      <View className="card" id="record-head">
        <StatusChip kind={chipOfStatus[r.status]} />
        <Text className="detail__title">{r.input.title}</Text>
        {r.status === 'approved' && r.reviewNote ? <Text className="card__hint">审核意见：{r.reviewNote}</Text> : null}
        {r.supersededBy ? <Text className="card__hint">这条记录已被更正记录替代。</Text> : null}
      </View>
      <SignInSource record={r} />
      <RecordCredits record={r} credits={credits} onRetry={onRetryCredits} />
      {r.source === 'sign-in' ? null : <RecordPhotos record={r} />}
      <RecordFields record={r} />
      <RecordHistory record={r} />
      {canWithdraw ? (
        <View className="card" id="withdraw-box">
          <Text className="card__hint">交错了，或不想再交？撤回后学校不再审核。</Text>
          <Button className="btn btn--danger" id="withdraw" onClick={onWithdraw} disabled={withdraw.status === 'busy' || undefined}>
            {withdraw.status === 'busy' ? '正在撤回…' : '撤回这条记录'}
          </Button>
          {withdraw.status === 'error' ? <Text className="field__error" id="withdraw-error">{withdraw.error.message}</Text> : null}
        </View>
      ) : null}
    </View>
  );
}
