import { Text, View } from '@tarojs/components';
import type { LineView } from '@shared/home-view/progress-text';

/**
 * One requirement: name and "earned / required 学分" on top, a bar, then what is still
 * missing (or 已完成). Sub-categories are indented by depth.
 */
export function RequirementLine({ line }: { line: LineView }) {
  const depth = Math.min(line.depth, 3);
  const missing = [line.shortfall, line.topicsShortfall, line.recordsShortfall].filter((t): t is string => t !== null);
  const counts = [line.topics, line.records, line.provisional].filter((t): t is string => t !== null);
  return (
    <View className={`pline pline--d${depth}${line.isTotal ? ' pline--total' : ''}`} id={`pline-${line.id}`}>
      <View className="pline__row">
        <Text className="pline__name">{line.name}</Text>
        <Text className="pline__figure">{line.figure}</Text>
      </View>
      {line.percent !== null ? (
        <View className="pbar">
          <View className={`pbar__fill${line.met ? ' pbar__fill--met' : ''}`} style={{ width: `${line.percent}%` }} />
        </View>
      ) : null}
      {counts.length > 0 ? <Text className="pline__meta">{counts.join(' · ')}</Text> : null}
      {line.note ? <Text className="pline__meta">{line.note}</Text> : null}
      {missing.length > 0 ? (
        <Text className="pline__short">{missing.join('，')}</Text>
      ) : line.percent !== null && line.met ? (
        <Text className="pline__done">✓ 已完成</Text>
      ) : null}
    </View>
  );
}
