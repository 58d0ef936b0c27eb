import dayjs from 'dayjs';
import { Text, View } from '@tarojs/components';
import { recordStatusLabels } from '@shared/records/state-machine';
import type { ReviewDetail } from '../api/review-api';
import { CertificatePhotos } from './certificate-photos';
import {
  datesText, fieldValue, gainText, progressChange, readingRows, reviewFields, verdictShort, waitedText,
} from './review-text';

/** Everything about the record under review: who, warnings, photos, reader vs typed, fields, progress change. */
export function ReviewRecord({ data, now }: { data: ReviewDetail; now?: string }) {
  const { record, teacher, warnings, before, after, reading } = data;
  const input = record.input;
  const rows = readingRows(input, reading);
  const change = before && after ? progressChange(before, after, record.year) : [];
  return (
    <View className="review" id="review-record">
      <View className="card">
        <Text className="review__who" id="review-who">{teacher.name}</Text>
        <Text className="card__hint">{record.schoolName}{teacher.subject ? ` · ${teacher.subject}` : ''} · {recordStatusLabels[record.status]} · {waitedText(record.submittedAt, now ?? dayjs().toISOString())}</Text>
        <Text className="review__title">{input.title}</Text>
        <Text className="review__facts">{input.hours} 学时 · {datesText(input)} · {input.form} · {input.level}级</Text>
        <Text className="review__gain" id="review-gain">{gainText(record.wouldAdd)}</Text>
        {record.returnReason && record.status === 'resubmitted' ? (
          <Text className="review__note">上次退回原因：{record.returnReason}</Text>
        ) : null}
      </View>

      {warnings.length > 0 ? (
        <View className="card review__warnings" id="review-warnings">
          <Text className="card__title">请留意</Text>
          {warnings.map((w) => <Text key={`${w.kind}-${w.recordId ?? ''}`} className="review__warn">⚠ {w.text}</Text>)}
        </View>
      ) : null}

      <View className="card">
        <Text className="card__title">证书</Text>
        <CertificatePhotos certificates={record.certificates} />
      </View>

      {rows.length > 0 ? (
        <View className="card" id="review-reading">
          <Text className="card__title">证书识别结果与教师填写对照</Text>
          {rows.map((r) => (
            <View key={r.field} className={`frow${r.differs ? ' frow--diff' : ''}`}>
              <Text className="frow__key">{r.label}</Text>
              <Text className="frow__value">填写：{r.typed}{'\n'}识别：{r.read}{r.unsure ? '（不确定）' : ''}{r.differs ? '  ← 不一致' : ''}</Text>
            </View>
          ))}
        </View>
      ) : null}

      {reading && reading.hints.length > 0 ? (
        <View className="card review__warnings" id="review-reading-hints">
          <Text className="card__title">识别提示</Text>
          {reading.hints.map((h) => <Text key={h} className="review__warn">⚠ {h}</Text>)}
        </View>
      ) : null}

      <View className="card" id="review-fields">
        <Text className="card__title">教师填写的内容</Text>
        {reviewFields.filter((f) => f.key !== 'certificates').map((f) => (
          <View key={f.key} className="frow">
            <Text className="frow__key">{f.label}</Text>
            <Text className="frow__value">{fieldValue(input, f.key, record.certificates.length)}</Text>
          </View>
        ))}
        <View className="frow">
          <Text className="frow__key">重复参训</Text>
          <Text className="frow__value">{record.retake ? '是（教师自己标注）' : '否'}</Text>
        </View>
      </View>

      {before && after ? (
        <View className="card" id="review-progress">
          <Text className="card__title">{teacher.name}的 {record.year} 年度进度</Text>
          <Text className="review__verdict" id="review-verdict">通过前：{verdictShort(before)} → 通过后：{verdictShort(after)}</Text>
          {change.map((l) => (
            <View key={l.id} className={`crow crow--d${Math.min(l.depth, 3)}${l.changed ? ' crow--changed' : ''}`}>
              <Text className="crow__name">{l.name}</Text>
              <Text className="crow__fig">{l.changed ? `${l.before} → ${l.after}` : l.after}</Text>
            </View>
          ))}
          <Text className="card__hint">只计已通过的记录；依据 {before.policyName}</Text>
        </View>
      ) : (
        <View className="card"><Text className="card__hint">本年度的学分政策还没有发布，暂时看不到进度变化。</Text></View>
      )}
    </View>
  );
}
