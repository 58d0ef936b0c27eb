import { Button, Text, View } from '@tarojs/components';
import type { QueueListProps } from './queue-list';

/**
 * The bottom of batch approval: a bar with the count while choosing, a summary to
 * confirm (who and what, how many 学时), then one line per record with its result.
 */
export function BatchPanel({ batch, selected, chosenItems, onConfirm, onBack, onSend, onFinish }: QueueListProps) {
  if (batch.step === 'choosing') {
    return (
      <View className="batchbar" id="batch-bar">
        <Text className="batchbar__text">已选 {selected.length} 条</Text>
        <Button className="btn btn--primary batchbar__go" id="batch-confirm" disabled={selected.length === 0 || undefined} onClick={onConfirm}>
          通过所选
        </Button>
      </View>
    );
  }
  if (batch.step === 'confirm' || batch.step === 'sending') {
    const busy = batch.step === 'sending';
    return (
      <View className="card batch" id="batch-summary">
        <Text className="card__title">确认通过这 {chosenItems.length} 条记录？</Text>
        {chosenItems.map((i) => (
          <Text key={i.id} className="batch__line">· {i.teacherName}《{i.input.title}》{i.input.hours} 学时</Text>
        ))}
        <Text className="card__hint">通过后计入教师的学分。每条单独处理，某条失败不影响其他条。</Text>
        <Button className="btn btn--primary" id="batch-send" disabled={busy || undefined} onClick={onSend}>{busy ? '正在通过…' : `确认通过 ${chosenItems.length} 条`}</Button>
        <Button className="btn btn--plain" id="batch-back" disabled={busy || undefined} onClick={onBack}>返回修改</Button>
      </View>
    );
  }
  if (batch.step === 'done') {
    const { result, titles } = batch;
    return (
      <View className="card batch" id="batch-result">
        <Text className="card__title">已通过 {result.approved} 条{result.failed > 0 ? `，${result.failed} 条没有通过` : ''}</Text>
        {result.results.map((r) => (
          <Text key={r.recordId} className={`batch__line ${r.ok ? 'batch__line--ok' : 'batch__line--bad'}`}>
            {r.ok ? '✓' : '✗'} {titles[r.recordId] ?? r.recordId}{r.ok ? '：已通过' : `：${r.error.code === 'VERSION_CONFLICT' || r.error.code === 'INVALID_STATE' ? '已被他人处理' : r.error.message}`}
          </Text>
        ))}
        <Button className="btn btn--primary" id="batch-finish" onClick={onFinish}>知道了</Button>
      </View>
    );
  }
  if (batch.step === 'failed') {
    return (
      <View className="card batch" id="batch-failed">
        <Text className="card__title">批量通过没有完成</Text>
        <Text className="card__hint">{batch.error.message}</Text>
        <Button className="btn btn--primary" onClick={onSend}>重试</Button>
        <Button className="btn btn--plain" onClick={onFinish}>取消</Button>
      </View>
    );
  }
  return null;
}
