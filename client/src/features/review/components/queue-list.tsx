import dayjs from 'dayjs';
import { Button, Text, View } from '@tarojs/components';
import { StatusView } from '@/components/status-view';
import type { RemoteState } from '@/hooks/use-remote';
import type { QueueItem, QueuePage } from '../api/review-api';
import type { BatchStep } from '../hooks/use-review-queue';
import { BatchPanel } from './batch-panel';
import { gainText, waitedLong, waitedText } from './review-text';
import { RemoteError } from '@/components/remote-error';

export interface QueueListProps {
  state: RemoteState<QueuePage>;
  onRetry: () => void;
  onOpen: (item: QueueItem) => void;
  selected: string[];
  chosenItems: QueueItem[];
  batch: BatchStep;
  onToggle: (id: string) => void;
  onSelectAll: () => void;
  onStartBatch: () => void;
  onCancelBatch: () => void;
  onConfirm: () => void;
  onBack: () => void;
  onSend: () => void;
  onFinish: () => void;
  /** "now" for how long each record waited (injectable for tests). */
  now?: string;
}

/**
 * 待审核: oldest first. A row is a card on a phone and a table row on a wide screen
 * (the same markup; app.css switches at 960 px). Tapping a row opens it; in batch mode
 * tapping selects instead.
 */
export function QueueList(props: QueueListProps) {
  const { state, batch } = props;
  const now = props.now ?? dayjs().toISOString();
  if (state.status === 'loading') return <StatusView kind="loading" title="正在读取待审核记录…" />;
  if (state.status === 'error') return <RemoteError error={state.error} title="待审核记录读不出来" what="待审核的记录" onRetry={props.onRetry} />;
  const { items, total } = state.data;
  const choosing = batch.step === 'choosing';
  if (items.length === 0 && batch.step === 'off') {
    return <StatusView kind="empty" title="没有待审核的记录" description="教师提交证书后会出现在这里，最早提交的排在最前面。" actionText="刷新" onAction={props.onRetry} />;
  }
  const oldest = items[0];
  return (
    <View className="queue" id="queue">
      <View className="queue__head">
        <Text className="queue__count" id="queue-count">待审核 {total} 条</Text>
        {oldest ? <Text className="queue__oldest">最早的{waitedText(oldest.submittedAt, now)}</Text> : null}
      </View>
      {batch.step === 'off' && items.length > 1 ? (
        <Button className="btn btn--plain" id="batch-start" onClick={props.onStartBatch}>批量通过（选几条一起通过）</Button>
      ) : null}
      {choosing ? (
        <View className="queue__tools">
          <Button className="btn btn--plain queue__tool" id="batch-all" onClick={props.onSelectAll}>
            {props.selected.length === items.length ? '全不选' : `全选（${items.length} 条）`}
          </Button>
          <Button className="btn btn--plain queue__tool" id="batch-cancel" onClick={props.onCancelBatch}>取消</Button>
        </View>
      ) : null}
      <View className="qtable">
        <View className="qtable__head">
          {choosing ? <Text className="qcell qcell--pick">选择</Text> : null}
          <Text className="qcell qcell--who">教师 · 学校</Text>
          <Text className="qcell qcell--title">培训名称</Text>
          <Text className="qcell qcell--hours">学时</Text>
          <Text className="qcell qcell--gain">可增加</Text>
          <Text className="qcell qcell--wait">已等待</Text>
        </View>
        {items.map((item) => {
          const picked = props.selected.includes(item.id);
          return (
            <View
              key={item.id}
              id={`queue-item-${item.id}`}
              className={`qrow${picked ? ' qrow--picked' : ''}`}
              onClick={() => (choosing ? props.onToggle(item.id) : props.onOpen(item))}
            >
              {choosing ? <Text className={`qcell qcell--pick qpick${picked ? ' qpick--on' : ''}`}>{picked ? '✓' : ''}</Text> : null}
              <View className="qcell qcell--who">
                <Text className="qrow__name">{item.teacherName}</Text>
                <Text className="qrow__school">{item.schoolName}</Text>
              </View>
              <Text className="qcell qcell--title qrow__title">{item.input.title}{item.retake ? '（重复参训）' : ''}{item.status === 'resubmitted' ? '（修改后重交）' : ''}</Text>
              <Text className="qcell qcell--hours qrow__hours">{item.input.hours} 学时</Text>
              <Text className="qcell qcell--gain qrow__gain">{gainText(item.wouldAdd)}</Text>
              <Text className={`qcell qcell--wait qrow__wait${waitedLong(item.submittedAt, now) ? ' qrow__wait--long' : ''}`}>{waitedText(item.submittedAt, now)}</Text>
            </View>
          );
        })}
      </View>
      {total > items.length ? <Text className="queue__more">先显示最早的 {items.length} 条，处理后会继续显示后面的。</Text> : null}
      <BatchPanel {...props} />
    </View>
  );
}
