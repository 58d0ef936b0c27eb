import { z } from 'zod';
import { hoursSchema } from '../record';
import { attendanceOutcomes, attendanceVia } from '../domain/attendance';
import { isoDateTimeSchema } from '../domain/common';
import { signInCodeSchema } from '../domain/session-code';
import { sessionExpectedSchema, sessionScopes, sessionStatuses, sessionTemplateSchema } from '../domain/training-session';
import { eventObject, idField, isCalendarDate, noteField, pagingFields, versionField, yearField } from './common';

/**
 * The `training` function (decision 016): sessions an organiser runs, sign-in by
 * a rotating code, and closing that turns attendance into approved records.
 */

const dateField = z.string({ message: '请选择培训日期' }).refine(isCalendarDate, { message: '培训日期不存在' });
const sessionIdField = idField;

/** training.list: sessions in the caller's organiser scope, newest first. */
export const listEvent = eventObject({
  action: z.literal('list'),
  year: yearField,
  status: z.enum(sessionStatuses).optional(),
  ...pagingFields,
});

export const getEvent = eventObject({ action: z.literal('get'), sessionId: sessionIdField });

/** The facts of a session as the organiser gives them (create, and update's full replacement). */
const sessionFacts = {
  template: sessionTemplateSchema.strict(),
  hours: hoursSchema.refine((h) => h <= 24, { message: '一天的培训不超过 24 学时' }),
  date: dateField,
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  place: z.string({ message: '请填写地点' }).trim().min(1, { message: '请填写地点，如 一中三楼会议室' }).max(100, { message: '地点不能超过 100 字' }),
  expected: sessionExpectedSchema.strict().default({ schoolIds: [] }),
  assessed: z.boolean().default(false),
  countsActualHours: z.boolean().default(false),
};

/**
 * training.create. Without `schoolId` a county admin creates a county training and a
 * school reviewer her school's 校本研修; with it, that school's 校本研修 (its reviewer or
 * the county admin). `scope` may say which, and must then agree.
 */
export const createEvent = eventObject({
  action: z.literal('create'),
  scope: z.enum(sessionScopes).optional(),
  schoolId: idField.optional(),
  ...sessionFacts,
});

export const updateEvent = eventObject({ action: z.literal('update'), sessionId: sessionIdField, version: versionField, ...sessionFacts });
export const cancelEvent = eventObject({ action: z.literal('cancel'), sessionId: sessionIdField, version: versionField, reason: noteField.optional() });
/** training.code: a fresh sign-in code (the organiser's screen asks every `refreshInMs`). */
export const codeEvent = eventObject({ action: z.literal('code'), sessionId: sessionIdField });
export const signInEvent = eventObject({ action: z.literal('sign-in'), code: signInCodeSchema });
export const signOutEvent = eventObject({ action: z.literal('sign-out'), code: signInCodeSchema });
/** training.mark: hand attendance for teachers without a phone (or undoing a mistaken mark). */
export const markEvent = eventObject({
  action: z.literal('mark'),
  sessionId: sessionIdField,
  teacherIds: z.array(idField).min(1, { message: '请至少选择一位教师' }).max(500, { message: '一次最多 500 人' }),
  present: z.boolean(),
});
export const assessEvent = eventObject({
  action: z.literal('assess'), sessionId: sessionIdField, version: versionField, passedIds: z.array(idField).max(2000),
});
export const closeEvent = eventObject({ action: z.literal('close'), sessionId: sessionIdField, version: versionField });
export const mineEvent = eventObject({ action: z.literal('mine'), year: yearField });

export const trainingEvent = z.discriminatedUnion('action', [
  listEvent, getEvent, createEvent, updateEvent, cancelEvent, codeEvent, signInEvent, signOutEvent, markEvent, assessEvent, closeEvent, mineEvent,
]);
export type TrainingEvent = z.infer<typeof trainingEvent>;

/** A session row (list, and the head of get). */
export const sessionRowSchema = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string(),
  hours: z.number(),
  status: z.enum(sessionStatuses),
  scope: z.enum(sessionScopes),
  schoolId: z.string().nullable(),
  assessed: z.boolean(),
  countsActualHours: z.boolean(),
  version: z.number().int(),
  expectedCount: z.number().int(),
  signedInCount: z.number().int(),
  organiserName: z.string(),
});
export type SessionRow = z.infer<typeof sessionRowSchema>;
export const listData = z.object({ items: z.array(sessionRowSchema), total: z.number().int() });

/** One expected (or hand-marked) teacher at a session, for the organiser. */
export const attendeeSchema = z.object({
  teacherId: z.string(),
  name: z.string(),
  schoolName: z.string(),
  subject: z.string().nullable(),
  signedInAt: z.string().nullable(),
  signedOutAt: z.string().nullable(),
  via: z.enum(attendanceVia).nullable(),
  late: z.boolean(),
  lateMinutes: z.number().int(),
  outcome: z.enum(attendanceOutcomes).nullable(),
  reason: z.string().nullable(),
  recordId: z.string().nullable(),
});
export type Attendee = z.infer<typeof attendeeSchema>;

export const detailData = z.object({
  session: sessionRowSchema.extend({ passedIds: z.array(z.string()), template: sessionTemplateSchema, expected: sessionExpectedSchema }),
  attendees: z.array(attendeeSchema),
});
export type SessionDetail = z.infer<typeof detailData>;

export const sessionData = z.object({ session: sessionRowSchema });

export const codeData = z.object({
  code: z.string(),
  expiresAt: z.string(),
  refreshInMs: z.number().int().positive(),
  /** The code as a picture: a QR PNG locally, a mini-program code on CloudBase. */
  image: z.object({ mime: z.string(), base64: z.string() }),
});

/** What a teacher sees of a session. */
export const sessionBriefSchema = z.object({
  id: z.string(),
  title: z.string(),
  place: z.string(),
  date: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  hours: z.number(),
  countsActualHours: z.boolean(),
  assessed: z.boolean(),
  organiserName: z.string(),
});
export const attendanceBriefSchema = z.object({
  signedInAt: z.string().nullable(),
  signedOutAt: z.string().nullable(),
  via: z.enum(attendanceVia),
  late: z.boolean(),
  lateMinutes: z.number().int(),
});
export const signInData = z.object({ replayed: z.boolean(), session: sessionBriefSchema, attendance: attendanceBriefSchema });
export type SignInAnswer = z.infer<typeof signInData>;

export const mineItemSchema = z.object({
  session: sessionBriefSchema,
  /** expected (not yet signed, session open or upcoming) · signed · credited · missing (closed without credit). */
  state: z.enum(['expected', 'signed', 'credited', 'missing']),
  attendance: attendanceBriefSchema.nullable(),
  recordId: z.string().nullable(),
  /** 学时 the record carries (the session's, or the attended part). */
  credited: z.number().nullable(),
  reason: z.string().nullable(),
});
export const mineData = z.object({ items: z.array(mineItemSchema) });
export type MyTraining = z.infer<typeof mineItemSchema>;

export const closeData = z.object({
  session: sessionRowSchema,
  credited: z.number().int(),
  notCredited: z.number().int(),
});

/** Each action's data schema, for the typed client call and tests. */
export const trainingData = {
  list: listData, get: detailData, create: sessionData, update: sessionData, cancel: sessionData, code: codeData,
  'sign-in': signInData, 'sign-out': signInData, mark: detailData, assess: detailData, close: closeData, mine: mineData,
} as const;
