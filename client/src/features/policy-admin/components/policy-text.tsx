import { Text, View } from '@tarojs/components';
import { describePolicy, type PolicyChange } from '@shared/policy-view';
import type { Policy } from '@shared/schemas/policy';

/** The policy in plain Chinese, section by section, each line with its document sentence. */
export function PolicyText({ policy }: { policy: Policy }) {
  return (
    <View id="policy-text">
      {describePolicy(policy).map((s) => (
        <View key={s.title} className="card">
          <Text className="card__title">{s.title}</Text>
          {s.lines.map((l) => (
            <View key={`${l.id}-${l.text}`} className={`policy__line policy__line--d${l.depth ?? 0}`}>
              <Text className="policy__text">{l.text}</Text>
              {l.source ? <Text className="policy__source">原文：{l.source}</Text> : null}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}

const kindWord = { added: '新增', removed: '删除', changed: '修改' } as const;

/** What a new version changes against the one in force (shared policyDiff). */
export function PolicyChanges({ changes, id }: { changes: PolicyChange[]; id: string }) {
  if (changes.length === 0) return <Text className="admin__hint" id={id}>与现行政策完全相同。</Text>;
  return (
    <View id={id}>
      {changes.map((c, i) => (
        <View key={i} className="policy__line">
          <Text className={`policy__text diff--${c.kind}`}>【{kindWord[c.kind]}·{c.section}】{c.text}</Text>
          {c.source ? <Text className="policy__source">原文：{c.source}</Text> : null}
        </View>
      ))}
    </View>
  );
}
