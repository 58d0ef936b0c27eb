import { Text, View } from '@tarojs/components';
import type { RemoteState } from '@/hooks/use-remote';
import type { MyProgress } from '@/services/progress';
import type { RecordView } from '../api/records';
import { creditsHeadline } from './credits-text';
import { ExplanationChain } from './explanation-chain';

/** 「计入学分」 on a record: the headline, then the chain; loading and failure said in words. */
export function RecordCredits({ record, credits, onRetry }: { record: RecordView; credits: RemoteState<MyProgress> | null; onRetry: () => void }) {
  if (credits === null || credits.status === 'loading') {
    return <View className="card" id="record-credits"><Text className="card__label">计入学分</Text><Text className="card__hint">正在计算…</Text></View>;
  }
  if (credits.status === 'error') {
    const noPolicy = credits.error.code === 'NOT_FOUND';
    return (
      <View className="card" id="record-credits">
        <Text className="card__label">计入学分</Text>
        <Text className="card__hint">{noPolicy ? `${record.year} 年度的学分政策还没有发布，暂时算不出学分。` : `学分暂时算不出来：${credits.error.message}`}</Text>
        {noPolicy ? null : <Text className="link" id="record-credits-retry" onClick={onRetry}>重试</Text>}
      </View>
    );
  }
  const explanation = credits.data.explanation ?? null;
  const head = creditsHeadline(record, explanation, credits.data.unit);
  return (
    <View className="card" id="record-credits">
      <Text className="card__label">计入学分</Text>
      <Text className={`credits__title credits__title--${head.tone}`} id="record-credits-title">{head.title}</Text>
      {head.detail ? <Text className="card__hint" id="record-credits-detail">{head.detail}</Text> : null}
      {head.source ? <Text className="chain__source">文件原文：「{head.source}」</Text> : null}
      {explanation ? <ExplanationChain steps={explanation.steps} /> : null}
      <Text className="credits__foot">依据：{credits.data.report.policyName}</Text>
    </View>
  );
}
