import dayjs from 'dayjs';
import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { StatusView } from '@/components/status-view';
import type { RemoteState } from '@/hooks/use-remote';
import type { CountyOverview } from '../api/school-api';
import { metPercent, oldestText, sortSchools } from './school-text';
import { RemoteError } from '@/components/remote-error';

/** 全县: one row per school — teachers, % 达标, 落后, records waiting and since when. */
export function CountyTable({ state, onRetry, onOpen, now }: {
  state: RemoteState<CountyOverview>; onRetry: () => void; onOpen: (schoolId: string) => void; now?: string;
}) {
  const [by, setBy] = useState<'pending' | 'met' | 'name'>('pending');
  if (state.status === 'loading') return <StatusView kind="loading" title="正在汇总全县各校的情况…" />;
  if (state.status === 'error') return <RemoteError error={state.error} title="全县情况读不出来" what="全县情况" onRetry={onRetry} />;
  const d = state.data;
  const at = now ?? dayjs().toISOString();
  const teachers = d.schools.reduce((n, s) => n + s.teacherCount, 0);
  const met = d.schools.reduce((n, s) => n + s.passedCount, 0);
  const pending = d.schools.reduce((n, s) => n + s.pendingCount, 0);
  if (d.schools.length === 0) return <StatusView kind="empty" title="本县还没有学校" description="请先在「花名册」导入学校和教师。" />;
  return (
    <View className="county" id="county">
      <Text className="school__name">全县 {d.schools.length} 所学校 · {d.policy.year} 年度</Text>
      <Text className="county__sum" id="county-sum">教师 {teachers} 人，已达标 {met} 人，待审核 {pending} 条</Text>
      <View className="school__sort">
        <Button className={`btn btn--small ${by === 'pending' ? 'btn--primary' : 'btn--plain'}`} id="sort-pending" onClick={() => setBy('pending')}>待审核多的在前</Button>
        <Button className={`btn btn--small ${by === 'met' ? 'btn--primary' : 'btn--plain'}`} id="sort-met" onClick={() => setBy('met')}>达标率低的在前</Button>
        <Button className={`btn btn--small ${by === 'name' ? 'btn--primary' : 'btn--plain'}`} id="sort-school-name" onClick={() => setBy('name')}>按校名</Button>
      </View>
      <View className="ctable" id="county-table">
        <View className="ctable__head">
          <Text className="ccell ccell--name">学校</Text>
          <Text className="ccell">教师</Text>
          <Text className="ccell">达标</Text>
          <Text className="ccell">落后</Text>
          <Text className="ccell">待审核</Text>
          <Text className="ccell ccell--old">最早待审</Text>
        </View>
        {sortSchools(d.schools, by).map((s) => (
          <View key={s.schoolId} className="crow2" id={`school-${s.schoolId}`} onClick={() => onOpen(s.schoolId)}>
            <Text className="ccell ccell--name crow2__name">{s.schoolName}</Text>
            <Text className="ccell">{s.teacherCount} 人</Text>
            <Text className="ccell">达标 {metPercent(s)}</Text>
            <Text className={`ccell${s.behindCount > 0 ? ' ccell--bad' : ''}`}>落后 {s.behindCount} 人</Text>
            <Text className={`ccell${s.pendingCount > 0 ? ' ccell--warn' : ''}`}>待审 {s.pendingCount} 条</Text>
            <Text className="ccell ccell--old">最早待审：{oldestText(s.oldestPendingAt, at)}</Text>
          </View>
        ))}
      </View>
      <Text className="card__hint">点一所学校看该校每位教师的情况。</Text>
    </View>
  );
}
