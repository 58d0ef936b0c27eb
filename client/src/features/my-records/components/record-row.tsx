import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { RecordView } from '../api/records';
import type { LocalPendingItem } from '../api/local-pending';
import { StatusChip } from './status-chip';
import { beijingTimeText, chipOfStatus, dateRange, hoursText } from './record-text';

/** One record: title, status, dates and hours; the whole row is the tap target. */
export function RecordRow({ record, onOpen }: { record: RecordView; onOpen: (id: string) => void }) {
  const r = record.input;
  return (
    <View className="rrow" id={`record-${record.id}`} onClick={() => onOpen(record.id)}>
      <View className="rrow__top">
        <Text className="rrow__title">{r.title}</Text>
        <StatusChip kind={chipOfStatus[record.status]} />
      </View>
      <Text className="rrow__meta">{dateRange(r.startDate, r.endDate)} · {hoursText(r.hours)}</Text>
      {record.status === 'returned' && record.returnReason ? (
        <Text className="rrow__reason">退回原因：{record.returnReason}</Text>
      ) : null}
      <View className="rrow__bottom">
        <Text className="rrow__meta">{record.source === 'sign-in' ? '来源：现场签到' : `提交于 ${beijingTimeText(record.submittedAt)}`}</Text>
        <Text className="rrow__go">查看 ›</Text>
      </View>
    </View>
  );
}

const localWords: Record<LocalPendingItem['state'], string> = {
  待上传: '有网络后自动上传',
  上传中: '正在上传…',
  失败: '没有交到学校：',
};

/** Asks before deleting: what is deleted is only on this phone and cannot come back. */
async function confirmRemove(title: string): Promise<boolean> {
  const res = await Taro.showModal({
    title: '删除这条登记？',
    content: `「${title}」还没有交到学校，删除后手机上的这条登记和照片都不再保留，要交的话得重新登记。`,
    confirmText: '删除',
    confirmColor: '#a8071a',
    cancelText: '不删',
  });
  return res.confirm;
}

export interface LocalPendingRowProps {
  item: LocalPendingItem;
  /** 重试: the same submit sent again (one record however often). */
  onRetry: (requestId: string) => void;
  /** 删除, after she confirmed. */
  onRemove: (requestId: string) => void;
}

/**
 * A submission still on this phone (no record on the server yet). One the server refused
 * (失败) says why in the server's words and offers 重试 and 删除 right here: nothing
 * else in the app can send it again.
 */
export function LocalPendingRow({ item, onRetry, onRemove }: LocalPendingRowProps) {
  const failed = item.state === '失败';
  return (
    <View className="rrow rrow--local" id={`local-${item.requestId}`}>
      <View className="rrow__top">
        <Text className="rrow__title">{item.title}</Text>
        <StatusChip kind={failed ? '失败' : '待上传'} />
      </View>
      <Text className="rrow__meta">{failed ? localWords.失败 : localWords[item.state]}</Text>
      {failed ? <Text className="rrow__error" id={`local-error-${item.requestId}`}>{item.error ?? '上传没有成功，请稍后重试'}</Text> : null}
      <Text className="rrow__meta">保存于 {beijingTimeText(item.createdAt)}</Text>
      {failed ? (
        <View className="rrow__actions">
          <Button className="btn btn--primary" id={`local-retry-${item.requestId}`} onClick={() => onRetry(item.requestId)}>重试</Button>
          <Button className="btn btn--plain rrow__delete" id={`local-remove-${item.requestId}`}
            onClick={() => { void confirmRemove(item.title).then((yes) => { if (yes) onRemove(item.requestId); }); }}>删除</Button>
        </View>
      ) : null}
    </View>
  );
}
