import dayjs from 'dayjs';
import { Button, Text, View } from '@tarojs/components';
import { StatusView } from '@/components/status-view';
import { DataTable, type CardLook, type TableColumn } from '@/components/data-table';
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

const look: CardLook = { table: 'qtable', head: 'qtable__head', row: 'qrow', cell: 'qcell' };

/** The queue's columns; in batch mode a 选择 column comes first (a box, ticked when picked). */
function queueColumns(now: string, choosing: boolean, selected: string[]): TableColumn<QueueItem>[] {
  const pick: TableColumn<QueueItem> = {
    key: 'pick', title: '选择', className: 'qcell--pick',
    cellClass: (item) => (selected.includes(item.id) ? 'qpick qpick--on' : 'qpick'),
    render: (item) => (selected.includes(item.id) ? '✓' : ''),
  };
  return [
    ...(choosing ? [pick] : []),
    { key: 'who', title: '教师 · 学校', className: 'qcell--who', render: (item) => (
      <>
        <Text className="qrow__name">{item.teacherName}</Text>
        <Text className="qrow__school">{item.schoolName}</Text>
      </>
    ) },
    {
      key: 'title', title: '培训名称', className: 'qcell--title', cellClass: () => 'qrow__title',
      render: (item) => `${item.input.title}${item.retake ? '（重复参训）' : ''}${item.status === 'resubmitted' ? '（修改后重交）' : ''}`,
    },
    { key: 'hours', title: '学时', className: 'qcell--hours', cellClass: () => 'qrow__hours', render: (item) => `${item.input.hours} 学时` },
    { key: 'gain', title: '可增加', className: 'qcell--gain', cellClass: () => 'qrow__gain', render: (item) => gainText(item.wouldAdd) },
    {
      key: 'wait', title: '已等待', className: 'qcell--wait',
      cellClass: (item) => (waitedLong(item.submittedAt, now) ? 'qrow__wait qrow__wait--long' : 'qrow__wait'),
      render: (item) => waitedText(item.submittedAt, now),
    },
  ];
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
      <DataTable<QueueItem>
        look={look} columns={queueColumns(now, choosing, props.selected)} rows={items}
        rowKey={(item) => item.id} rowId={(item) => `queue-item-${item.id}`}
        rowClass={(item) => (props.selected.includes(item.id) ? 'qrow--picked' : '')}
        onRowClick={(item) => (choosing ? props.onToggle(item.id) : props.onOpen(item))}
      />
      {total > items.length ? <Text className="queue__more">先显示最早的 {items.length} 条，处理后会继续显示后面的。</Text> : null}
      <BatchPanel {...props} />
    </View>
  );
}
