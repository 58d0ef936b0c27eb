import '../sign-in.css';
import { Text, View } from '@tarojs/components';
import { beijingTime } from '@shared/time/beijing-time';
import { StatusView } from '@/components/status-view';
import { RemoteError } from '@/components/remote-error';
import type { RemoteState } from '@/hooks/use-remote';
import type { MyTraining } from '../api/sign-in';
import { hoursText } from './sign-in-text';

const stateWords: Record<MyTraining['state'], string> = { expected: '待参加', signed: '已签到', credited: '已计入', missing: '未计入' };

function rowWhen(t: MyTraining): string {
  const s = t.session;
  const [, m, d] = s.date.split('-');
  return `${Number(m)}月${Number(d)}日 ${beijingTime(s.startsAt, 'HH:mm')}—${beijingTime(s.endsAt, 'HH:mm')}`;
}

/** 我的培训: this year's sessions she is expected at, signed in to, credited from, or missed (with why). */
export function MyTrainings({ state, onRetry }: { state: RemoteState<{ items: MyTraining[] }>; onRetry: () => void }) {
  if (state.status === 'loading') return <StatusView kind="loading" title="正在读取您的培训…" />;
  if (state.status === 'error') return <RemoteError error={state.error} title="培训读不出来" what="您参加的培训" onRetry={onRetry} />;
  const items = state.data.items;
  if (!items.length) return <StatusView kind="empty" title="今年还没有您的培训" description="学校或县里安排了要您参加的培训，会显示在这里。现场扫码签到后，结束时自动计入学时。" />;
  return (
    <View className="mytr" id="my-trainings">
      {items.map((t) => (
        <View key={t.session.id} className="mytr__row" id={`mytr-${t.session.id}`}>
          <Text className={`mytr__state mytr__state--${t.state}`}>{stateWords[t.state]}</Text>
          <Text className="mytr__title">{t.session.title}</Text>
          <Text className="mytr__facts">{rowWhen(t)}</Text>
          <Text className="mytr__facts">地点：{t.session.place}</Text>
          {t.attendance?.signedInAt ? <Text className="mytr__facts">签到 {beijingTime(t.attendance.signedInAt, 'HH:mm')}{t.attendance.via === 'hand' ? '（组织者代签）' : ''}</Text> : null}
          {t.state === 'credited' ? <Text className="mytr__credit">已计入 {hoursText(t.credited ?? t.session.hours)}</Text> : null}
          {t.state === 'signed' ? <Text className="mytr__facts">结束后自动计入 {hoursText(t.session.hours)}</Text> : null}
          {t.reason ? <Text className="mytr__reason">{t.state === 'missing' ? '没有计入：' : ''}{t.reason}</Text> : null}
        </View>
      ))}
    </View>
  );
}
