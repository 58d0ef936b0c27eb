import { z } from 'zod';
import { docIdSchema, isoDateTimeSchema } from './common';

export const attendanceVia = ['scan', 'hand'] as const;
/** What closing made of an attendance: credited, or why not. */
export const attendanceOutcomes = ['credited', 'not-passed', 'no-sign-out', 'duplicate', 'absent'] as const;
export type AttendanceOutcome = (typeof attendanceOutcomes)[number];

/**
 * One teacher at one session. The id `<sessionId>:<teacherId>` makes her attend
 * once even when two sign-ins race: the second `add` fails with DUPLICATE_ID.
 */
export const attendanceDocSchema = z.object({
  _id: docIdSchema,
  sessionId: docIdSchema,
  teacherId: docIdSchema,
  schoolId: docIdSchema,
  countyId: docIdSchema,
  /** null: marked absent by hand, or an absent row written by close. */
  signedInAt: isoDateTimeSchema.nullable(),
  signedOutAt: isoDateTimeSchema.nullable(),
  via: z.enum(attendanceVia),
  /** The organiser who marked it by hand; null for a scan. */
  markedBy: docIdSchema.nullable(),
  late: z.boolean(),
  lateMinutes: z.number().int().min(0),
  /** The credit record written by close, once credited. */
  recordId: docIdSchema.nullable(),
  /** 学时 on that record (the session's, or the attended part); absent until credited. */
  creditedHours: z.number().min(0).nullable().optional(),
  outcome: z.enum(attendanceOutcomes).nullable(),
  /** Why not credited (Chinese), or a note such as 「迟到 12 分钟」. */
  reason: z.string().max(200).nullable(),
  updatedAt: isoDateTimeSchema,
});
export type AttendanceDoc = z.infer<typeof attendanceDocSchema>;

/** The attendance id of a teacher at a session. */
export function attendanceIdOf(sessionId: string, teacherId: string): string {
  return `${sessionId}:${teacherId}`;
}
