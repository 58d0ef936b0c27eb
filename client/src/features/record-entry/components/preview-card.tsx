import { Text, View } from '@tarojs/components';
import { formatAmount } from '@shared/credits';
import type { PreviewSummary } from '../model/local-preview';

export interface PreviewCardProps {
  /** null: the draft is not complete yet; 'unavailable': records could not be read. */
  summary: PreviewSummary | null | 'unavailable';
  missing: string[];
  policyName: string;
  fromCache: boolean;
}

/** 「这张证书预计计入 … N 学分；提交通过后本年度还差 M 学分」 with the explanation chain. */
export function PreviewCard({ summary, missing, policyName, fromCache }: PreviewCardProps) {
  return (
    <View className="card preview" id="preview">
      <Text className="card__title">预计学分</Text>
      {summary === 'unavailable' ? (
        <Text className="card__hint">暂时读不到您已有的记录，联网后这里会显示预计学分。不影响提交。</Text>
      ) : summary === null ? (
        <Text className="card__hint" id="preview-missing">填好{missing.slice(0, 3).join('、')}后，这里显示这张证书能计多少学分。</Text>
      ) : (
        <View className="preview__body">
          {summary.counted ? (
            <Text className="preview__main" id="preview-main">
              这张证书预计计入 {summary.categoryPath ?? ''} {formatAmount(summary.credits)}
              {summary.yearShortfall === null ? '。' : summary.yearShortfall > 0
                ? `；提交通过后本年度还差 ${formatAmount(summary.yearShortfall)}。` : '；提交通过后本年度学分已达到要求。'}
            </Text>
          ) : (
            <Text className="preview__main preview__main--none" id="preview-main">
              这张证书预计不能计学分：{summary.reason ?? '不符合本县政策'}
            </Text>
          )}
          <View className="preview__steps" id="preview-steps">
            {summary.steps.map((s, i) => (
              <View className="preview__step" key={`${s.ruleId}-${i}`}>
                <Text className="preview__step-text">{i + 1}. {s.text}</Text>
                <Text className="preview__source">依据：{s.source}</Text>
              </View>
            ))}
            {!summary.counted && summary.reasonSource ? <Text className="preview__source">依据：{summary.reasonSource}</Text> : null}
          </View>
        </View>
      )}
      <Text className="preview__foot">按{policyName}在手机上估算，以审核通过后的结果为准。{fromCache ? '（离线，使用上次下载的政策）' : ''}</Text>
    </View>
  );
}
