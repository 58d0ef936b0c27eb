import '../record-entry.css';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { StatusView } from '@/components/status-view';
import { useEntryBasis } from '../hooks/use-entry-basis';
import type { Prefill } from '../hooks/use-record-draft';
import { EntryForm } from './entry-form';
import { isSignedOut } from '@/components/remote-error';

export interface RecordEntryProps {
  /** Resubmit this returned record; null = a new record. */
  recordId: string | null;
  /** Values read from the certificate (certificate reader), with per-field confidence. */
  prefill?: Prefill;
}

/** 登记证书 / 修改后重新提交: every state of the capture screen. */
export function RecordEntry({ recordId, prefill }: RecordEntryProps) {
  const { state, reload } = useEntryBasis(recordId);
  if (state.status === 'loading') return <View id="entry-status"><StatusView kind="loading" title="正在准备登记表…" /></View>;
  if (state.status === 'error') {
    const { code, message } = state.error;
    if (isSignedOut(state.error)) {
      return <View id="entry-status"><StatusView kind="empty" title="请先登录" description="登录后才能登记证书。" actionText="去「我的」登录"
        onAction={() => void Taro.switchTab({ url: '/pages/mine/index' })} /></View>;
    }
    if (code === 'FORBIDDEN' || code === 'NOT_FOUND' || code === 'POLICY_INVALID') {
      return <View id="entry-status"><StatusView kind="empty" title="现在不能登记" description={message} /></View>;
    }
    return <View id="entry-status"><StatusView kind="error" title="没有打开登记表" description={message} onAction={() => void reload()} /></View>;
  }
  if (state.data.record && !state.data.record.allowedActions.includes('resubmit')) {
    return <View id="entry-status"><StatusView kind="empty" title="这条记录现在不能修改" description="只有被退回的记录可以修改后重新提交。" /></View>;
  }
  return <EntryForm basis={state.data} prefill={prefill} />;
}
