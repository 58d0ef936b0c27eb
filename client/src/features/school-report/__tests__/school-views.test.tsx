import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { resetTaroMock, taroMock } from '../../../../test/support/taro-mock';
import { countyAnswer, fakeFunctions, teachersAnswer } from '../../../../test/support/review-fixtures';
import { mineAnswer, tongyuReport, behindRecords } from '../../../../test/support/progress-fixtures';
import { CountyTable } from '../components/county-table';
import { SchoolTable } from '../components/school-table';
import { TeacherReportView } from '../components/teacher-report';
import { metPercent, oldestText, shortText, sortSchools } from '../components/school-text';
import { useCountyOverview, useSchoolTeachers, useTeacherReport } from '../hooks/use-school-teachers';

jest.setTimeout(30_000);
const text = (sel: string) => document.querySelector(sel)?.textContent ?? '';
const tap = (sel: string) => { const el = document.querySelector(sel); if (!el) throw new Error(`no ${sel}`); fireEvent.click(el); };
beforeEach(() => resetTaroMock());

describe('school and county words', () => {
  it('shortfall, % 达标, oldest pending, sorting', () => {
    const [behind, , met] = teachersAnswer().items;
    expect(shortText(behind!)).toBe('还差 76 学分（公需科目）');
    expect(shortText(met!)).toBe('已达标');
    const [s1, s2, s3] = countyAnswer().schools;
    expect(metPercent(s1!)).toBe('25%');
    expect(metPercent(s3!)).toBe('—');
    expect(oldestText(s1!.oldestPendingAt, '2026-11-22T06:00:00.000Z')).toBe('11月3日起，等了 19 天');
    expect(oldestText(null, '2026-11-22T06:00:00.000Z')).toBe('无');
    expect(sortSchools(countyAnswer().schools, 'met').map((s) => s.schoolId)).toEqual(['s1', 's2', 's3']);
    expect(sortSchools(countyAnswer().schools, 'pending')[0]?.schoolId).toBe('s1');
    expect(sortSchools([s2!, s1!], 'name').map((s) => s.schoolName)).toEqual(['通榆县第一中学', '通榆县新华小学']);
  });
});

function School({ onOpen = jest.fn() }: { onOpen?: jest.Mock }) {
  const school = useSchoolTeachers('s1');
  return <SchoolTable school={school} onOpen={onOpen} />;
}

describe('学校 table', () => {
  it('rows with standing and gaps; filters and sort go to the server; a tap opens the teacher', async () => {
    const events = fakeFunctions(taroMock.request, () => ({ data: teachersAnswer() }));
    const onOpen = jest.fn();
    render(<School onOpen={onOpen} />);
    await waitFor(() => expect(text('#school-name')).toBe('通榆县第一中学 · 2026 年度'));
    expect(text('#standing-filter')).toBe('落后 1 人进行中 1 人达标 1 人');
    expect(text('#teacher-t1')).toContain('陈静');
    expect(text('#teacher-t1')).toContain('落后');
    expect(text('#teacher-t1')).toContain('还差 76 学分（公需科目）');
    expect(text('#teacher-t1')).toContain('1 条待审');
    await act(async () => { tap('#category-gongxu'); });
    await act(async () => { tap('#standing-behind'); });
    await act(async () => { tap('#sort-name'); });
    await waitFor(() => expect(events.length).toBe(4));
    expect(events.map((e) => e.event)).toEqual([
      { action: 'teachers', schoolId: 's1', sort: 'shortfall', limit: 50, skip: 0 },
      { action: 'teachers', schoolId: 's1', sort: 'shortfall', limit: 50, skip: 0, categoryId: 'gongxu' },
      { action: 'teachers', schoolId: 's1', sort: 'shortfall', limit: 50, skip: 0, categoryId: 'gongxu', standing: 'behind' },
      { action: 'teachers', schoolId: 's1', sort: 'name', limit: 50, skip: 0, categoryId: 'gongxu', standing: 'behind' },
    ]);
    tap('#teacher-t2');
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ teacherId: 't2' }));
  });

  it('no policy → a plain note; other errors → 重试', async () => {
    fakeFunctions(taroMock.request, () => ({ error: { code: 'NOT_FOUND', message: '本县尚未发布 2026 年度的学分政策，请联系县级管理员' } }));
    render(<School />);
    await waitFor(() => expect(document.body.textContent).toContain('本年度的学分政策还没有发布'));
  });
});

function County({ onOpen }: { onOpen: jest.Mock }) {
  const { state, reload } = useCountyOverview();
  return <CountyTable state={state} onRetry={() => void reload()} onOpen={onOpen} now="2026-11-22T06:00:00.000Z" />;
}

describe('全县 table', () => {
  it('per school: teachers, % 达标, 落后, pending, oldest; sorted; a tap opens the school', async () => {
    fakeFunctions(taroMock.request, () => ({ data: countyAnswer() }));
    const onOpen = jest.fn();
    render(<County onOpen={onOpen} />);
    await waitFor(() => expect(text('#county-sum')).toBe('教师 60 人，已达标 25 人，待审核 3 条'));
    const row = text('#school-s1');
    for (const part of ['通榆县第一中学', '40 人', '达标 25%', '落后 12 人', '待审 3 条', '11月3日起，等了 19 天']) expect(row).toContain(part);
    tap('#school-s2');
    expect(onOpen).toHaveBeenCalledWith('s2');
    tap('#sort-school-name');
    const order = [...document.querySelectorAll('.crow2')].map((el) => el.id);
    expect(order).toEqual(['school-s1', 'school-s2', 'school-s3'].sort((a, b) => text(`#${a}`).localeCompare(text(`#${b}`), 'zh-Hans-CN')));
  });
});

function Teacher() {
  const { state, reload } = useTeacherReport('t1', 2026);
  return <TeacherReportView state={state} onRetry={() => void reload()} />;
}

describe('one teacher', () => {
  it('the full report, as she sees it in 学分进度 (the same TeacherReport)', async () => {
    const answer = mineAnswer(tongyuReport(behindRecords()));
    const events = fakeFunctions(taroMock.request, () => ({ data: { ...answer, person: { id: 't1', name: '陈静', schoolId: 's1', schoolName: '通榆县第一中学', subject: '英语' } } }));
    render(<Teacher />);
    await waitFor(() => expect(text('#report-verdict')).toBe('还差 6 项'));
    expect(text('#report-scope')).toBe('2026 年度 · 进行中');
    expect(text('#teacher-report')).toContain('陈静');
    expect(text('#teacher-report')).toContain('通榆县第一中学 · 英语');
    expect(text('#pline-total')).toContain('14 / 90 学分');
    expect(events[0]?.event).toEqual({ action: 'teacher', teacherId: 't1', year: 2026 });
  });
});
