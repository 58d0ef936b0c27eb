import { z } from 'zod';
import { callFunction, type ApiResult } from '@/services/api-client';

/**
 * training.sign-in / sign-out / mine (issue 15, lead's spec). PROVISIONAL: written from
 * coord/training-spec.md before the backend's contract (shared/schemas/api/training.ts) landed;
 * once it is merged, these schemas are replaced by the contract's (`trainingApi`), like
 * policy-admin/api/roll-over.ts was.
 */
const sessionBrief = z.object({
  id: z.string(),
  title: z.string(),
  place: z.string(),
  date: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  hours: z.number(),
  countsActualHours: z.boolean(),
  assessed: z.boolean().default(false),
  organiserName: z.string().optional(),
});
const attendanceBrief = z.object({
  signedInAt: z.string().nullable(),
  signedOutAt: z.string().nullable().default(null),
  via: z.enum(['scan', 'hand']).default('scan'),
  late: z.boolean().default(false),
  lateMinutes: z.number().default(0),
});
export const signInData = z.object({ replayed: z.boolean().default(false), session: sessionBrief, attendance: attendanceBrief });
export type SignInAnswer = z.infer<typeof signInData>;

export const mineItem = z.object({
  session: sessionBrief,
  /** expected (upcoming / not yet signed) · signed · credited · missing. */
  state: z.enum(['expected', 'signed', 'credited', 'missing']),
  attendance: attendanceBrief.nullable().default(null),
  recordId: z.string().nullable().default(null),
  /** 学时 credited (or to be credited) as the engine books them, already formatted by the server. */
  credited: z.number().nullable().default(null),
  reason: z.string().nullable().default(null),
});
export const mineTrainingsData = z.object({ items: z.array(mineItem) });
export type MyTraining = z.infer<typeof mineItem>;

export const signIn = (code: string): Promise<ApiResult<SignInAnswer>> => callFunction('training', 'sign-in', { code }, signInData);
export const signOut = (code: string): Promise<ApiResult<SignInAnswer>> => callFunction('training', 'sign-out', { code }, signInData);
export const fetchMyTrainings = (): Promise<ApiResult<z.infer<typeof mineTrainingsData>>> => callFunction('training', 'mine', {}, mineTrainingsData);
