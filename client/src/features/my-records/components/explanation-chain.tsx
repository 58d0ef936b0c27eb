import { Text, View } from '@tarojs/components';
import type { RecordExplanation } from '@shared/schemas/progress-report';

/**
 * How the figure came about, one step per line: the engine's sentence ("24 学时 × 1 =
 * 24 学分"), then the policy document's own sentence and the rule's number.
 */
export function ExplanationChain({ steps }: { steps: RecordExplanation['steps'] }) {
  if (steps.length === 0) return null;
  return (
    <View className="chain" id="explanation-chain">
      <Text className="chain__title">怎么算的</Text>
      {steps.map((s, i) => (
        <View key={`${s.ruleId}-${i}`} className="chain__step" id={`chain-step-${i}`}>
          <Text className="chain__text">{i + 1}. {s.text}</Text>
          <Text className="chain__source">文件原文：「{s.source}」</Text>
          <Text className="chain__rule">规则编号 {s.ruleId}</Text>
        </View>
      ))}
    </View>
  );
}
