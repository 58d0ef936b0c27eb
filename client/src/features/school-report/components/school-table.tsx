import { Button, Text, View } from '@tarojs/components';
import { StatusView } from '@/components/status-view';
import { DataTable, type CardLook, type TableColumn } from '@/components/data-table';
import type { useSchoolTeachers } from '../hooks/use-school-teachers';
import { TEACHERS_PAGE, type TeacherRow } from '../api/school-api';
import { shortText, standingClass, standingLabels } from './school-text';

type School = ReturnType<typeof useSchoolTeachers>;

const look: CardLook = { table: 'ttable', head: 'ttable__head', row: 'trow', cell: 'tcell' };

const teacherColumns: TableColumn<TeacherRow>[] = [
  { key: 'name', title: '姓名', className: 'tcell--name', render: (row) => (
    <>
      <Text className="trow__name">{row.name}</Text>
      {row.subject ? <Text className="trow__meta">{row.subject}</Text> : null}
    </>
  ) },
  { key: 'stand', title: '状态', className: 'tcell--stand', cellClass: (row) => standingClass(row.standing), render: (row) => standingLabels[row.standing] },
  { key: 'short', title: '还差', className: 'tcell--short', cellClass: () => 'trow__short', render: shortText },
  { key: 'pct', title: '完成', className: 'tcell--pct', render: (row) => `完成 ${row.percent}%` },
  { key: 'pend', title: '待审核', className: 'tcell--pend', render: (row) => (row.pendingCount > 0 ? `${row.pendingCount} 条待审` : '—') },
];

/**
 * 学校: every teacher with 达标 / 进行中 / 落后, biggest gap first (or by name), filtered by
 * standing or by a category still short. A card list on a phone, a table at ≥ 960 px.
 */
export function SchoolTable({ school, onOpen }: { school: School; onOpen: (row: TeacherRow) => void }) {
  const { state, query } = school;
  if (state.status === 'loading') return <StatusView kind="loading" title="正在读取全校教师的进度…" />;
  if (state.status === 'error') {
    const noPolicy = state.error.code === 'NOT_FOUND';
    return <StatusView kind={noPolicy ? 'empty' : 'error'} title={noPolicy ? '本年度的学分政策还没有发布' : '全校进度读不出来'} description={state.error.message} actionText={noPolicy ? '刷新' : '重试'} onAction={() => void school.reload()} />;
  }
  const d = state.data;
  const skip = query.skip ?? 0;
  const standings = (['behind', 'in-progress', 'met'] as const);
  return (
    <View className="school" id="school">
      <Text className="school__name" id="school-name">{d.schoolName} · {d.policy.year} 年度</Text>
      <View className="chips" id="standing-filter">
        {standings.map((s) => (
          <Text key={s} id={`standing-${s}`} className={`chip chip--tap ${standingClass(s)}${query.standing === s ? ' chip--on' : ''}`} onClick={() => school.setStanding(s)}>
            {standingLabels[s]} {d.counts[s]} 人
          </Text>
        ))}
      </View>
      <Text className="card__label">差哪一类：</Text>
      <View className="chips" id="category-filter">
        <Text className={`chip chip--tap${query.categoryId ? '' : ' chip--on'}`} id="category-all" onClick={() => school.setCategory(undefined)}>全部</Text>
        {d.categories.map((c) => (
          <Text key={c.id} id={`category-${c.id}`} className={`chip chip--tap${query.categoryId === c.id ? ' chip--on' : ''}`} onClick={() => school.setCategory(c.id)}>{c.name}</Text>
        ))}
      </View>
      <View className="school__sort">
        <Button className={`btn btn--small ${query.sort === 'shortfall' ? 'btn--primary' : 'btn--plain'}`} id="sort-shortfall" onClick={() => school.setSort('shortfall')}>差得多的在前</Button>
        <Button className={`btn btn--small ${query.sort === 'name' ? 'btn--primary' : 'btn--plain'}`} id="sort-name" onClick={() => school.setSort('name')}>按姓名</Button>
      </View>
      {d.items.length === 0 ? (
        <StatusView kind="empty" title="没有符合条件的教师" description="换一个筛选条件试试。" />
      ) : (
        <DataTable<TeacherRow>
          id="teacher-table" look={look} columns={teacherColumns} rows={d.items}
          rowKey={(row) => row.teacherId} rowId={(row) => `teacher-${row.teacherId}`} onRowClick={onOpen}
        />
      )}
      <Text className="card__hint">共 {d.total} 人{d.total > TEACHERS_PAGE ? `，第 ${skip + 1}–${Math.min(skip + TEACHERS_PAGE, d.total)} 人` : ''}。点一位老师看她的完整进度。</Text>
      {d.total > TEACHERS_PAGE ? (
        <View className="school__sort">
          <Button className="btn btn--plain btn--small" disabled={skip === 0 || undefined} onClick={() => school.setSkip(Math.max(0, skip - TEACHERS_PAGE))}>上一页</Button>
          <Button className="btn btn--plain btn--small" disabled={skip + TEACHERS_PAGE >= d.total || undefined} onClick={() => school.setSkip(skip + TEACHERS_PAGE)}>下一页</Button>
        </View>
      ) : null}
    </View>
  );
}
