import '../training.css';
import { Button, Text, View } from '@tarojs/components';
import { StatusView } from '@/components/status-view';
import { RemoteError } from '@/components/remote-error';
import type { RemoteState } from '@/hooks/use-remote';
import type { SessionRow } from '../api/training';
import { hoursText, statusWords, whenText } from './training-text';

/** 培训签到: the sessions in her scope, newest first, with the live count; 新建培训 on top. */
export function SessionList({ state, onRetry, onOpen, onCreate }: {
  state: RemoteState<{ items: SessionRow[]; total: number }>; onRetry: () => void; onOpen: (s: SessionRow) => void; onCreate: () => void;
}) {
  const create = <Button className="btn btn--primary btn--big" id="session-new" onClick={onCreate}>新建培训</Button>;
  if (state.status === 'loading') return <View>{create}<StatusView kind="loading" title="正在读取培训…" /></View>;
  if (state.status === 'error') return <RemoteError error={state.error} title="培训读不出来" what="培训签到" onRetry={onRetry} />;
  if (!state.data.items.length) {
    return <View>{create}<StatusView kind="empty" title="还没有培训" description="新建一场培训，现场老师扫码签到，结束时自动计入学时，不用再拍证书、逐条审核。" /></View>;
  }
  return (
    <View className="tlist" id="session-list">
      {create}
      {state.data.items.map((s) => (
        <View key={s.id} className={`tsrow tsrow--${s.status}`} id={`session-${s.id}`} onClick={() => onOpen(s)}>
          <View className="tsrow__head">
            <Text className={`tchip tchip--${s.status}`}>{statusWords[s.status]}</Text>
            <Text className="tsrow__count">已签到 {s.signedInCount} / 应到 {s.expectedCount} 人</Text>
          </View>
          <Text className="tsrow__title">{s.title}</Text>
          <Text className="tsrow__facts">{whenText(s)} · {s.place}</Text>
          <Text className="tsrow__facts">每人 {hoursText(s.hours)}{s.assessed ? ' · 要考核' : ''}{s.countsActualHours ? ' · 按实际时长' : ''}</Text>
        </View>
      ))}
    </View>
  );
}
