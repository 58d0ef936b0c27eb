import { loadPolicy } from '@shared/policies/load-policy';
import jianan from '@shared/policies/jianan-2024.json';
import tongyu from '@shared/policies/tongyu-2026.json';
import { formPlanOf } from '@/services/form-plan';
import { beijingInstant, emptyDraft, formChoices, sessionFacts, type Organiser } from '../model/session-draft';
import { closeConfirmText } from '../components/training-text';

const planOf = (raw: unknown) => {
  const loaded = loadPolicy(raw);
  if (!loaded.ok) throw new Error('policy');
  return formPlanOf(loaded.policy);
};
const school: Organiser = { scope: 'school', schoolName: '通榆县第一中学', countyName: '通榆县' };
const county: Organiser = { scope: 'county', schoolName: null, countyName: '通榆县' };

describe('新建培训: what the form makes of the draft', () => {
  it('a school makes 校本研修 at 校 level only', () => {
    expect(formChoices(school)).toEqual({ forms: ['校本'], levels: ['校'] });
    const d = emptyDraft(school, '2026-11-22');
    expect(d).toMatchObject({ form: '校本', level: '校', organizer: '通榆县第一中学', date: '2026-11-22' });
  });

  it('通榆 asks 公需/专业 and the 专题, and says which is missing in Chinese', () => {
    const plan = planOf(tongyu);
    const res = sessionFacts({ ...emptyDraft(school, '2026-11-22'), title: '', place: '' }, plan, school);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.errors).toMatchObject({ title: '请填写培训名称', place: expect.stringContaining('地点'), content: '请选择公需或专业', topic: expect.stringContaining('专题') });
  });

  it('a filled 通榆 draft gives the template and the expected teachers', () => {
    const plan = planOf(tongyu);
    const res = sessionFacts({ ...emptyDraft(school, '2026-11-22'), title: '大单元教学设计研讨', place: '一中三楼会议室', content: '专业', topic: '大单元教学', subjects: '语文、数学' }, plan, school);
    expect(res).toEqual({ ok: true, value: expect.objectContaining({
      template: expect.objectContaining({ title: '大单元教学设计研讨', form: '校本', level: '校', content: '专业', topic: '大单元教学' }),
      hours: 3, date: '2026-11-22', place: '一中三楼会议室', expected: { schoolIds: [], subjects: ['语文', '数学'] },
    }) });
  });

  it('建安: a catalogue project stands for the title when none is typed', () => {
    const plan = planOf(jianan);
    const ref = plan.projects[0]!.ref;
    const res = sessionFacts({ ...emptyDraft(county, '2024-04-10'), projectRef: ref, place: '进修学校报告厅' }, plan, county);
    expect(res.ok && res.value.template).toMatchObject({ title: plan.projects[0]!.name, projectRef: ref, form: '集中', level: '县' });
  });

  it('times: the end after the start, hours in halves', () => {
    const plan = planOf(tongyu);
    const base = { ...emptyDraft(school, '2026-11-22'), title: 't', place: 'p', content: '专业', topic: 'x' };
    const bad = sessionFacts({ ...base, startTime: '15:00', endTime: '14:00', hours: '2.3' }, plan, school);
    expect(!bad.ok && bad.errors).toMatchObject({ endTime: '结束时间要晚于开始时间', hours: '学时只能精确到半学时（0.5）' });
  });

  it('Beijing wall-clock times become instants', () => {
    expect(beijingInstant('2026-11-22', '08:00')).toBe('2026-11-22T00:00:00.000Z');
  });

  it('the close confirmation says who is credited, how much, and that it needs no review', () => {
    const s = { id: 's', title: 't', date: '2026-11-22', startsAt: '', endsAt: '', place: '', hours: 3, status: 'planned' as const, scope: 'school' as const,
      assessed: false, countsActualHours: false, version: 1, expectedCount: 3, signedInCount: 2, passedIds: [], schoolId: 's1', organiserName: '王建国' };
    const a = (id: string, at: string | null) => ({ teacherId: id, name: id, schoolName: '一中', subject: null, signedInAt: at, signedOutAt: null, via: null, late: false, lateMinutes: 0, outcome: null, reason: null, recordId: null });
    expect(closeConfirmText(s, [a('1', 'x'), a('2', 'y'), a('3', null)])).toBe('2 位老师已签到，每人计入 3 学时，直接算已通过，不用再审核。1 位未签到的老师记为未参加。结束后不能再签到。');
  });
});
