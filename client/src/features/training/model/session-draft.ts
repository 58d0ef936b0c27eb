import { trainingForms, trainingLevels, type TrainingForm, type TrainingLevel } from '@shared/schemas/record';
import type { FormPlan } from '@/services/form-plan';

/**
 * The new-session form's fields as typed (strings, like the record form), and what the county's
 * policy and the organiser's role make of them. Pure, for tests.
 */
export interface SessionDraft {
  title: string;
  projectRef: string;
  topic: string;
  content: string;
  track: string;
  location: string;
  tags: string[];
  form: string;
  level: string;
  organizer: string;
  date: string;
  startTime: string;
  endTime: string;
  hours: string;
  place: string;
  /** County sessions: the schools expected ([] = every school of the county). */
  schoolIds: string[];
  /** Only these subjects (、-separated as typed); empty = everyone. */
  subjects: string;
  assessed: boolean;
  countsActualHours: boolean;
}
export type DraftKey = keyof SessionDraft;

/** Who organises: a school's 校本研修, or a county training. */
export interface Organiser { scope: 'school' | 'county'; schoolName: string | null; countyName: string }

/** What a school may create: its own 校本研修 (form 校本, level 校). */
export const SCHOOL_FORM: TrainingForm = '校本';
export const SCHOOL_LEVEL: TrainingLevel = '校';

export function emptyDraft(o: Organiser, today: string): SessionDraft {
  return {
    title: '', projectRef: '', topic: '', content: '', track: '', location: '县内', tags: [],
    form: o.scope === 'school' ? SCHOOL_FORM : '集中',
    level: o.scope === 'school' ? SCHOOL_LEVEL : '县',
    organizer: o.scope === 'school' ? (o.schoolName ?? '') : `${o.countyName}教师进修学校`,
    date: today, startTime: '14:00', endTime: '17:00', hours: '3', place: '',
    schoolIds: [], subjects: '', assessed: false, countsActualHours: false,
  };
}

/** Forms and levels the organiser may choose (a school: 校本 at 校 only). */
export function formChoices(o: Organiser): { forms: readonly string[]; levels: readonly string[] } {
  return o.scope === 'school' ? { forms: [SCHOOL_FORM], levels: [SCHOOL_LEVEL] } : { forms: trainingForms.filter((f) => f !== '自主'), levels: trainingLevels };
}

const splitSubjects = (text: string): string[] => [...new Set(text.split(/[、,，;；\s]+/u).map((s) => s.trim()).filter(Boolean))];

/** The template + facts of a new session, or Chinese errors by field (before the server's own check). */
export function sessionFacts(d: SessionDraft, plan: FormPlan, o: Organiser): { ok: true; value: SessionFactsValue } | { ok: false; errors: Partial<Record<DraftKey, string>> } {
  const errors: Partial<Record<DraftKey, string>> = {};
  const project = plan.projects.find((p) => p.ref === d.projectRef);
  const title = d.title.trim() || project?.name || '';
  if (!title) errors.title = plan.projects.length ? '请填写培训名称，或选择县培训计划中的项目' : '请填写培训名称';
  const hours = Number(d.hours);
  if (!d.hours.trim() || !Number.isFinite(hours) || hours <= 0) errors.hours = '请填写学时，如 3';
  else if (!Number.isInteger(hours * 2)) errors.hours = '学时只能精确到半学时（0.5）';
  else if (hours > 24) errors.hours = '一天的培训不超过 24 学时';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date)) errors.date = '请选择培训日期';
  if (!/^\d{2}:\d{2}$/.test(d.startTime)) errors.startTime = '请选择开始时间';
  if (!/^\d{2}:\d{2}$/.test(d.endTime)) errors.endTime = '请选择结束时间';
  else if (d.endTime <= d.startTime) errors.endTime = '结束时间要晚于开始时间';
  if (!d.place.trim()) errors.place = '请填写地点，如 一中三楼会议室';
  if (plan.content && !d.content) errors.content = '请选择公需或专业';
  if (plan.track && !d.track) errors.track = '请选择课程类别';
  if (plan.topic && !d.topic.trim()) errors.topic = '请填写专题，如「大单元教学」';
  const { forms, levels } = formChoices(o);
  if (!forms.includes(d.form)) errors.form = '请选择培训形式';
  if (!levels.includes(d.level)) errors.level = '请选择主办级别';
  if (Object.keys(errors).length) return { ok: false, errors };
  const subjects = splitSubjects(d.subjects);
  return {
    ok: true,
    value: {
      template: {
        title, organizer: d.organizer.trim(), form: d.form as TrainingForm, level: d.level as TrainingLevel,
        location: (plan.location ? d.location : '县内') as '县内' | '县外',
        ...(plan.content && d.content ? { content: d.content as '公需' | '专业' } : {}),
        ...(plan.track && d.track ? { track: d.track as '必修' | '选修' | '校本' } : {}),
        ...(plan.topic && d.topic.trim() ? { topic: d.topic.trim() } : {}),
        tags: plan.tags.filter((t) => d.tags.includes(t)),
        ...(project ? { projectRef: project.ref } : {}),
      },
      hours, date: d.date, startTime: d.startTime, endTime: d.endTime, place: d.place.trim(),
      expected: { schoolIds: o.scope === 'county' ? d.schoolIds : [], ...(subjects.length ? { subjects } : {}) },
      assessed: d.assessed, countsActualHours: d.countsActualHours,
    },
  };
}

export interface SessionFactsValue {
  template: {
    title: string; organizer: string; form: TrainingForm; level: TrainingLevel; location: '县内' | '县外';
    content?: '公需' | '专业'; track?: '必修' | '选修' | '校本'; topic?: string; tags: string[]; projectRef?: string;
  };
  hours: number;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  expected: { schoolIds: string[]; subjects?: string[] };
  assessed: boolean;
  countsActualHours: boolean;
}

/** The instant of a Beijing wall-clock time on a Beijing day (China keeps +08:00 all year). */
export const beijingInstant = (date: string, time: string): string => new Date(`${date}T${time}:00+08:00`).toISOString();
