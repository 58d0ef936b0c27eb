import { Text, View } from '@tarojs/components';
import { StatusView } from '@/components/status-view';
import { rolesText, type DemoPerson } from '../api/schemas';
import { useDemoPeople } from '../hooks/use-demo-people';

export interface DemoPeopleListProps {
  /** Tapped person; `busyId` marks the one being signed in. */
  onPick: (person: DemoPerson) => void;
  busyId?: string;
}

/** H5 local stack: tap a person to sign in as them. Loading, empty and error states included. */
export function DemoPeopleList({ onPick, busyId }: DemoPeopleListProps) {
  const { state, reload } = useDemoPeople();
  if (state.status === 'loading') return <StatusView kind="loading" title="正在读取可登录的人员…" />;
  if (state.status === 'error') {
    return <StatusView kind="error" title="读取人员名单失败" description={state.error.message} onAction={reload} />;
  }
  if (state.data.length === 0) {
    return <StatusView kind="empty" title="还没有可登录的人员" description="请管理员先导入教师花名册。" />;
  }
  return (
    <View className="card people" id="demo-people">
      <Text className="card__title">选择身份登录</Text>
      <Text className="card__hint">本机演示用：点一下名字就能以这个人的身份登录。</Text>
      {state.data.map((p) => (
        <View key={p.personId} className={`people__item${busyId === p.personId ? ' people__item--busy' : ''}`} onClick={() => onPick(p)}>
          <Text className="people__name">{p.name}</Text>
          <Text className="people__meta">{[rolesText(p.roles), p.schoolName ?? p.countyName].filter(Boolean).join(' · ')}</Text>
          {p.note ? <Text className="people__note">{p.note}</Text> : null}
          <Text className="people__go">{busyId === p.personId ? '登录中…' : '登录 ›'}</Text>
        </View>
      ))}
    </View>
  );
}
