import { Button, Text, View } from '@tarojs/components';
import '../my-records.css';
import { StatusView } from '@/components/status-view';
import { isSignedOut, RemoteError } from '@/components/remote-error';
import { PAGE_SIZE, type RecordQuery } from '../api/records';
import type { LocalPendingItem } from '../api/local-pending';
import type { RecordListState } from '../hooks/use-record-list';
import { RecordFilters } from './record-filters';
import { LocalPendingRow, RecordRow } from './record-row';

export interface RecordListProps {
  state: RecordListState;
  query: RecordQuery;
  years: readonly number[];
  localPending: LocalPendingItem[];
  onQuery: (query: RecordQuery) => void;
  onOpen: (recordId: string) => void;
  onRetry: () => void;
  onMore: () => void;
  /** 重试 on a 失败 submit still on the phone. */
  onRetryLocal: (requestId: string) => void;
  /** 删除 (confirmed) of a submit still on the phone. */
  onRemoveLocal: (requestId: string) => void;
  /** 登记证书 (the capture page), offered when there is nothing yet. */
  onNew?: () => void;
}

/** 我的记录: filters, what waits on the phone, then the server's records page by page. */
export function RecordList(props: RecordListProps) {
  const { query, localPending } = props;
  // Queued submissions have no year or server status yet: shown under 全部 only.
  const local = query.statuses === null ? localPending : [];
  // Signed out there is nothing to filter: the sign-in hint alone, at the top.
  const signedOut = props.state.status === 'error' && isSignedOut(props.state.error);
  return (
    <View id="record-list">
      {signedOut ? null : <RecordFilters query={query} years={props.years} onChange={props.onQuery} />}
      {local.length > 0 ? (
        <View className="card rlist" id="local-pending">
          <Text className="card__label">还在手机上，没有交到学校（{local.length} 条）</Text>
          {local.map((item) => (
            <LocalPendingRow key={item.requestId} item={item} onRetry={props.onRetryLocal} onRemove={props.onRemoveLocal} />
          ))}
        </View>
      ) : null}
      <Body {...props} localCount={local.length} />
    </View>
  );
}

function Body({ state, query, onOpen, onRetry, onMore, onNew, localCount }: RecordListProps & { localCount: number }) {
  if (state.status === 'loading') return <StatusView kind="loading" title="正在读取我的记录…" />;
  if (state.status === 'error') {
    return <RemoteError error={state.error} title="记录暂时读不出来" what="您提交过的培训记录" onRetry={onRetry} />;
  }
  if (state.items.length === 0) {
    if (localCount > 0) return null;
    const filtered = query.year !== null || query.statuses !== null;
    return (
      <View id="record-list-empty">
        <StatusView
          kind="empty"
          title={filtered ? '没有符合条件的记录' : '还没有提交过培训记录'}
          description={filtered ? '换一个年度或状态看看。' : '拍下结业证书或学分卡，提交后会出现在这里。'}
          actionText={filtered ? undefined : '登记证书'}
          onAction={filtered ? undefined : onNew}
        />
      </View>
    );
  }
  const rest = state.total - state.items.length;
  return (
    <View className="card rlist" id="record-rows">
      <Text className="card__label" id="record-count">共 {state.total} 条，最新提交的在前</Text>
      {state.items.map((r) => <RecordRow key={r.id} record={r} onOpen={onOpen} />)}
      {state.more === 'error' && state.moreError ? <Text className="field__error">{state.moreError.message}</Text> : null}
      {rest > 0 ? (
        <Button className="btn btn--plain" id="record-more" onClick={onMore} disabled={state.more === 'loading' || undefined}>
          {state.more === 'loading' ? '正在读取…' : state.more === 'error' ? '重试' : `再看 ${Math.min(rest, PAGE_SIZE)} 条（还有 ${rest} 条）`}
        </Button>
      ) : <Text className="rlist__end">已经到底了</Text>}
    </View>
  );
}
