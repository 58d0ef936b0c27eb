import { Text, View } from '@tarojs/components';
import type { RecordView } from '../api/records';
import type { LocalPendingItem } from '../api/local-pending';
import { StatusChip } from './status-chip';
import { beijingTime, chipOfStatus, dateRange, hoursText } from './record-text';

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
        <Text className="rrow__meta">提交于 {beijingTime(record.submittedAt)}</Text>
        <Text className="rrow__go">查看 ›</Text>
      </View>
    </View>
  );
}

const localWords: Record<LocalPendingItem['state'], string> = {
  待上传: '有网络后自动上传',
  上传中: '正在上传…',
  失败: '上传没有成功，请回到「登记证书」重试',
};

/** A submission still on this phone (no record on the server yet). */
export function LocalPendingRow({ item }: { item: LocalPendingItem }) {
  return (
    <View className="rrow rrow--local" id={`local-${item.requestId}`}>
      <View className="rrow__top">
        <Text className="rrow__title">{item.title}</Text>
        <StatusChip kind="待上传" />
      </View>
      <Text className="rrow__meta">{localWords[item.state]}</Text>
      <Text className="rrow__meta">保存于 {beijingTime(item.createdAt)}</Text>
    </View>
  );
}
