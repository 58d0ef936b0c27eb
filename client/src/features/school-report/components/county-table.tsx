import dayjs from 'dayjs';
import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { StatusView } from '@/components/status-view';
import { DataTable, type CardLook, type TableColumn } from '@/components/data-table';
import type { RemoteState } from '@/hooks/use-remote';
import type { CountyOverview, SchoolSummary } from '../api/school-api';
import { metPercent, oldestText, sortSchools } from './school-text';
import { RemoteError } from '@/components/remote-error';

const look: CardLook = { table: 'ctable', head: 'ctable__head', row: 'crow2', cell: 'ccell' };

function countyColumns(at: string): TableColumn<SchoolSummary>[] {
  return [
    { key: 'name', title: '学校', className: 'ccell--name', cellClass: () => 'crow2__name', render: (s) => s.schoolName },
    { key: 'teachers', title: '教师', render: (s) => `${s.teacherCount} 人` },
    { key: 'met', title: '达标', render: (s) => `达标 ${metPercent(s)}` },
    { key: 'behind', title: '落后', cellClass: (s) => (s.behindCount > 0 ? 'ccell--bad' : ''), render: (s) => `落后 ${s.behindCount} 人` },
    { key: 'pending', title: '待审核', cellClass: (s) => (s.pendingCount > 0 ? 'ccell--warn' : ''), render: (s) => `待审 ${s.pendingCount} 条` },
    { key: 'old', title: '最早待审', className: 'ccell--old', render: (s) => `最早待审：${oldestText(s.oldestPendingAt, at)}` },
  ];
}

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
      <DataTable<SchoolSummary>
        id="county-table" look={look} columns={countyColumns(at)} rows={sortSchools(d.schools, by)}
        rowKey={(s) => s.schoolId} rowId={(s) => `school-${s.schoolId}`} onRowClick={(s) => onOpen(s.schoolId)}
      />
      <Text className="card__hint">点一所学校看该校每位教师的情况。</Text>
    </View>
  );
}
