import { Text, View } from '@tarojs/components';
import type { RecordView } from '../api/records';
import { fieldRows, historyLines } from './record-text';

/** Everything she filled in, label above value (long values wrap instead of being cut). */
export function RecordFields({ record }: { record: RecordView }) {
  const flagged = new Set(record.status === 'returned' ? record.returnFields : []);
  return (
    <View className="card" id="record-fields">
      <Text className="card__label">填写的内容</Text>
      {fieldRows(record).map((row) => (
        <View key={row.key} className={`frow${flagged.has(row.key) ? ' frow--flag' : ''}`} id={`detail-${row.key}`}>
          <Text className="frow__label">{row.label}{flagged.has(row.key) ? '（需修改）' : ''}</Text>
          <Text className="frow__value">{row.value}</Text>
        </View>
      ))}
    </View>
  );
}

/** 审核经过: each step with who and when (Beijing time), newest last. */
export function RecordHistory({ record }: { record: RecordView }) {
  return (
    <View className="card" id="record-history">
      <Text className="card__label">审核经过</Text>
      {historyLines(record).map((h) => (
        <View key={h.key} className="hrow">
          <Text className="hrow__what">{h.what} · {h.who}</Text>
          <Text className="hrow__when">{h.when}</Text>
          {h.note ? <Text className="hrow__note">说明：{h.note}</Text> : null}
        </View>
      ))}
    </View>
  );
}
