import type { AttendanceDoc } from '../../../../shared/schemas/domain/attendance';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { TrainingSessionDoc } from '../../../../shared/schemas/domain/training-session';
import type { Attendee, SessionRow, SessionDetail, SignInAnswer } from '../../../../shared/schemas/api/training';

/** A session row: the facts plus expected / signed-in counts. */
export function toSessionRow(s: TrainingSessionDoc, organiserName: string, counts: { expected: number; signedIn: number }): SessionRow {
  return {
    id: s._id, title: s.template.title, date: s.date, startsAt: s.startsAt, endsAt: s.endsAt, place: s.place, hours: s.hours,
    status: s.status, scope: s.scope, schoolId: s.schoolId, assessed: s.assessed, countsActualHours: s.countsActualHours,
    version: s.version, expectedCount: counts.expected, signedInCount: counts.signedIn, organiserName,
  };
}

/** The head of training.get: the row plus what the organiser edits. */
export function toSessionHead(s: TrainingSessionDoc, organiserName: string, counts: { expected: number; signedIn: number }): SessionDetail['session'] {
  return { ...toSessionRow(s, organiserName, counts), passedIds: s.passedIds, template: s.template, expected: s.expected };
}

/** What a teacher sees of a session. */
export function toSessionBrief(s: TrainingSessionDoc, organiserName: string): SignInAnswer['session'] {
  return {
    id: s._id, title: s.template.title, place: s.place, date: s.date, startsAt: s.startsAt, endsAt: s.endsAt, hours: s.hours,
    countsActualHours: s.countsActualHours, assessed: s.assessed, organiserName,
  };
}

/** A teacher's own attendance, briefly. */
export function toAttendanceBrief(a: AttendanceDoc): SignInAnswer['attendance'] {
  return { signedInAt: a.signedInAt, signedOutAt: a.signedOutAt, via: a.via, late: a.late, lateMinutes: a.lateMinutes };
}

/** One person on the organiser's list, with her attendance if any. */
export function toAttendee(p: PersonDoc, schoolName: string, a: AttendanceDoc | undefined): Attendee {
  return {
    teacherId: p._id, name: p.name, schoolName, subject: p.subject ?? null, signedInAt: a?.signedInAt ?? null, signedOutAt: a?.signedOutAt ?? null,
    via: a?.via ?? null, late: a?.late ?? false, lateMinutes: a?.lateMinutes ?? 0, outcome: a?.outcome ?? null, reason: a?.reason ?? null,
    recordId: a?.recordId ?? null,
  };
}

/** Signed-in count of attendance rows. */
export const signedInCount = (rows: readonly AttendanceDoc[]): number => rows.filter((r) => r.signedInAt).length;
