import { recordInputEventSchema } from '@shared/schemas/api/common';
import type { PolicyCondition } from '@shared/schemas/policy-condition';
import type { RecordInput, RecordInputRaw } from '@shared/schemas/record';
import type { FormPlan } from '@/services/form-plan';

/**
 * What the teacher typed, as the form holds it (text boxes hold strings). Saved as the
 * draft; turned into a record input with {@link toRecordInput}, checked by the same
 * shared schema the server parses `records.submit` with.
 */
export interface DraftFields {
  title: string;
  organizer: string;
  hours: string;
  startDate: string;
  endDate: string;
  form: string;
  level: string;
  location: string;
  content: string;
  track: string;
  tags: string[];
  topic: string;
  /** '' = no award / 合格. */
  awardGrade: string;
  awardLevel: string;
  role: string;
  onlineScore: string;
  offlineScore: string;
  certificateNo: string;
  /** 'yes' | 'no' | '' (not asked). */
  hasCertificate: string;
  projectRef: string;
}

export type FieldName = keyof DraftFields;

export const emptyFields: DraftFields = {
  title: '', organizer: '', hours: '', startDate: '', endDate: '', form: '', level: '', location: '县内', content: '', track: '',
  tags: [], topic: '', awardGrade: '', awardLevel: '', role: '学员', onlineScore: '', offlineScore: '', certificateNo: '',
  hasCertificate: 'yes', projectRef: '',
};

/** Form fields from a stored record input (resubmit). */
export function fieldsFromInput(input: RecordInput): DraftFields {
  return {
    ...emptyFields,
    title: input.title, organizer: input.organizer, hours: String(input.hours), startDate: input.startDate, endDate: input.endDate,
    form: input.form, level: input.level, location: input.location, content: input.content ?? '', track: input.track ?? '',
    tags: [...input.tags], topic: input.topic ?? '', awardGrade: input.award?.grade ?? '', awardLevel: input.award?.level ?? '',
    role: input.role, onlineScore: input.composite?.onlineScore?.toString() ?? '', offlineScore: input.composite?.offlineScore?.toString() ?? '',
    certificateNo: input.certificateNo ?? '', hasCertificate: input.hasCertificate ? 'yes' : 'no', projectRef: input.projectRef ?? '',
  };
}

/** The category the first matching classification rule gives the draft, or null. */
export function draftCategory(f: DraftFields, plan: Pick<FormPlan, 'classify'>): string | null {
  return plan.classify.find((r) => draftMatches(f, r.when))?.category ?? null;
}

/**
 * Does a draft meet a policy condition? `category` is checked against the draft's
 * classification (and its parents) when a plan is given, else treated as met.
 */
export function draftMatches(f: DraftFields, c: PolicyCondition | undefined, plan?: Pick<FormPlan, 'classify' | 'parents'>): boolean {
  if (!c) return true;
  const inList = (list: readonly (string | null)[] | undefined, v: string) => !list || list.includes(v === '' ? null : v);
  if (!inList(c.form, f.form) || !inList(c.level, f.level) || !inList(c.location, f.location)) return false;
  if (!inList(c.content, f.content) || !inList(c.track, f.track) || !inList(c.role, f.role)) return false;
  if (!inList(c.awardGrade, f.awardGrade) || !inList(c.projectRef, f.projectRef)) return false;
  if (c.tagsAny && !c.tagsAny.some((t) => f.tags.includes(t))) return false;
  if (c.tagsNone && c.tagsNone.some((t) => f.tags.includes(t))) return false;
  if (c.category && plan) {
    const chain: string[] = [];
    for (let id = draftCategory(f, plan); id; id = plan.parents[id] ?? null) chain.push(id);
    if (!c.category.some((id) => chain.includes(id))) return false;
  }
  if (c.any && !c.any.some((x) => draftMatches(f, x, plan))) return false;
  if (c.not && draftMatches(f, c.not, plan)) return false;
  return true;
}

const num = (s: string): number | undefined => (s.trim() === '' ? undefined : Number(s.trim()));

/** The record input the plan asks for (fields the policy ignores are left out). */
export function rawInput(f: DraftFields, plan: FormPlan): RecordInputRaw {
  const compositeAsked = plan.composite !== null && draftMatches(f, plan.composite.when, plan);
  const online = num(f.onlineScore);
  const offline = num(f.offlineScore);
  return {
    title: f.title.trim(),
    organizer: f.organizer.trim(),
    hours: num(f.hours) ?? Number.NaN,
    startDate: f.startDate,
    endDate: f.endDate || f.startDate,
    form: f.form as RecordInput['form'],
    level: f.level as RecordInput['level'],
    ...(plan.location ? { location: f.location as RecordInput['location'] } : {}),
    ...(plan.content && f.content ? { content: f.content as RecordInput['content'] } : {}),
    ...(plan.track && f.track ? { track: f.track as RecordInput['track'] } : {}),
    tags: f.tags.filter((t) => plan.tags.includes(t)),
    ...(plan.topic && f.topic.trim() ? { topic: f.topic.trim() } : {}),
    ...(plan.awardGrades && f.awardGrade ? { award: { grade: f.awardGrade, level: f.awardLevel || f.level } as RecordInput['award'] } : {}),
    ...(plan.role ? { role: f.role as RecordInput['role'] } : {}),
    ...(compositeAsked && (online !== undefined || offline !== undefined) ? {
      composite: { ...(online !== undefined ? { onlineScore: online } : {}), ...(offline !== undefined ? { offlineScore: offline } : {}) },
    } : {}),
    ...(f.certificateNo.trim() ? { certificateNo: f.certificateNo.trim() } : {}),
    hasCertificate: plan.certificate ? f.hasCertificate !== 'no' : true,
    ...(plan.projects.length && f.projectRef ? { projectRef: f.projectRef } : {}),
  };
}

export type InputCheck = { ok: true; input: RecordInput } | { ok: false; errors: Partial<Record<FieldName, string>> };

const issueField: Record<string, FieldName> = {
  award: 'awardGrade', composite: 'onlineScore',
};

/** Checks the draft with the shared event schema; errors keyed by form field, in Chinese. */
export function toRecordInput(f: DraftFields, plan: FormPlan): InputCheck {
  const parsed = recordInputEventSchema.safeParse(rawInput(f, plan));
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors: Partial<Record<FieldName, string>> = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? 'title');
    const field = (issueField[key] ?? key) as FieldName;
    if (errors[field]) continue;
    errors[field] = field === 'hours' && f.hours.trim() === '' ? '请填写学时'
      : field === 'startDate' && !f.startDate ? '请选择培训日期'
        : field === 'form' && !f.form ? '请选择培训形式'
          : field === 'level' && !f.level ? '请选择培训级别'
            : issue.message;
  }
  return { ok: false, errors };
}
