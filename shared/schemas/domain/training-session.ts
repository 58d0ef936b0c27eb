import { z } from 'zod';
import { recordInputSchema } from '../record';
import { docIdSchema, isoDateTimeSchema, versionSchema } from './common';

const input = recordInputSchema.shape;

/**
 * What every credit record of a session will carry: the record input pieces a
 * certificate record has, taken field by field from the shared record input so
 * the engine sees exactly what it would see for a certificate (建安 projectRef,
 * 通榆 topic, form/level for every policy). Hours and dates come from the
 * session itself, never from the template.
 */
export const sessionTemplateSchema = z.object({
  title: input.title,
  organizer: input.organizer,
  form: input.form,
  level: input.level,
  location: input.location,
  content: input.content,
  track: input.track,
  topic: input.topic,
  tags: input.tags,
  projectRef: input.projectRef,
});
export type SessionTemplate = z.infer<typeof sessionTemplateSchema>;

/** Who is expected: schools (county sessions; [] = every school of the county), subjects, or named people. */
export const sessionExpectedSchema = z.object({
  schoolIds: z.array(docIdSchema).max(200).default([]),
  subjects: z.array(z.string().trim().min(1).max(30)).max(30).optional(),
  personIds: z.array(docIdSchema).max(2000).optional(),
});
export type SessionExpected = z.infer<typeof sessionExpectedSchema>;

export const sessionScopes = ['county', 'school'] as const;
/**
 * planned → closing → closed; planned → cancelled. `closing` is the resumable
 * middle of `training.close` (records being written); only close moves on from it.
 */
export const sessionStatuses = ['planned', 'closing', 'closed', 'cancelled'] as const;
export type SessionStatus = (typeof sessionStatuses)[number];

export const sessionEventKinds = ['create', 'update', 'cancel', 'mark', 'assess', 'close'] as const;
export const sessionHistoryEntrySchema = z.object({
  at: isoDateTimeSchema,
  by: docIdSchema,
  action: z.enum(sessionEventKinds),
  note: z.string().max(200).optional(),
});

/**
 * A training session (集中培训 of the county, or a school's 校本研修): one day,
 * one window, one template. Versioned like records; every change is audited in
 * its own transaction (docs/data-model.md).
 */
export const trainingSessionDocSchema = z.object({
  _id: docIdSchema,
  countyId: docIdSchema,
  /** The school of a 校本研修; null for a county session. */
  schoolId: docIdSchema.nullable(),
  organiserId: docIdSchema,
  scope: z.enum(sessionScopes),
  template: sessionTemplateSchema,
  /** 学时 credited to each attendee (halves), or the cap when `countsActualHours`. */
  hours: input.hours,
  /** Beijing calendar day of the session (multi-day trainings are several sessions). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  place: z.string().trim().min(1).max(100),
  expected: sessionExpectedSchema,
  /** 考核: only people on `passedIds` are credited. */
  assessed: z.boolean(),
  passedIds: z.array(docIdSchema).max(2000),
  /** Sign-out required; credit = attended time rounded down to 0.5 学时, capped at `hours`. */
  countsActualHours: z.boolean(),
  status: z.enum(sessionStatuses),
  version: versionSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  closedAt: isoDateTimeSchema.nullable(),
  closedBy: docIdSchema.nullable(),
  cancelReason: z.string().max(200).nullable().optional(),
  history: z.array(sessionHistoryEntrySchema).max(200),
});
export type TrainingSessionDoc = z.infer<typeof trainingSessionDocSchema>;
