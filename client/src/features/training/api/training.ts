import { z } from 'zod';
import { policyGetData } from '@shared/schemas/api/policy';
import { loadPolicy } from '@shared/policies/load-policy';
import type { Policy } from '@shared/schemas/policy';
import { callFunction, type ApiResult } from '@/services/api-client';
import type { SessionFactsValue } from '../model/session-draft';

/**
 * training.list / get / create / code / mark / assess / close (issue 15). PROVISIONAL: written
 * from coord/training-spec.md before the backend's contract (shared/schemas/api/training.ts)
 * landed; once merged, these schemas give way to the contract's (`trainingApi`).
 */
export const sessionRow = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string(),
  hours: z.number(),
  status: z.enum(['planned', 'closing', 'closed', 'cancelled']),
  scope: z.enum(['county', 'school']),
  assessed: z.boolean(),
  countsActualHours: z.boolean(),
  version: z.number().int(),
  expectedCount: z.number().int(),
  signedInCount: z.number().int(),
});
export type SessionRow = z.infer<typeof sessionRow>;
export const sessionListData = z.object({ items: z.array(sessionRow), total: z.number().int() });

export const attendeeRow = z.object({
  teacherId: z.string(),
  name: z.string(),
  schoolName: z.string().optional(),
  subject: z.string().optional(),
  signedInAt: z.string().nullable(),
  signedOutAt: z.string().nullable().default(null),
  via: z.enum(['scan', 'hand']).nullable().default(null),
  late: z.boolean().default(false),
  lateMinutes: z.number().default(0),
  outcome: z.string().nullable().default(null),
  reason: z.string().nullable().default(null),
});
export type Attendee = z.infer<typeof attendeeRow>;
export const sessionDetailData = z.object({
  session: sessionRow.extend({ passedIds: z.array(z.string()).default([]), organiserName: z.string().optional() }),
  /** Everyone expected, signed in or not (and anyone marked by hand). */
  attendees: z.array(attendeeRow),
});
export type SessionDetail = z.infer<typeof sessionDetailData>;
export const codeData = z.object({
  code: z.string(),
  expiresAt: z.string(),
  refreshInMs: z.number().int().positive(),
  image: z.object({ mime: z.string(), base64: z.string() }),
});
export type SignInCode = z.infer<typeof codeData>;
const closeData = z.object({ session: sessionRow }).passthrough();

export const fetchSessions = (): Promise<ApiResult<z.infer<typeof sessionListData>>> => callFunction('training', 'list', { limit: 50 }, sessionListData);
export const fetchSession = (sessionId: string): Promise<ApiResult<SessionDetail>> => callFunction('training', 'get', { sessionId }, sessionDetailData);
export const fetchCode = (sessionId: string): Promise<ApiResult<SignInCode>> => callFunction('training', 'code', { sessionId }, codeData);
export const markPresent = (sessionId: string, teacherIds: string[], present: boolean) =>
  callFunction('training', 'mark', { sessionId, teacherIds, present }, sessionDetailData, { toast: true });
export const assessSession = (sessionId: string, version: number, passedIds: string[]) =>
  callFunction('training', 'assess', { sessionId, version, passedIds }, sessionDetailData, { toast: true });
export const closeSession = (sessionId: string, version: number) =>
  callFunction('training', 'close', { sessionId, version }, closeData, { timeoutMs: 60_000 });

/** training.create from the form's facts; Beijing wall-clock times become instants. */
export function createSession(f: SessionFactsValue, toInstant: (date: string, time: string) => string) {
  const { startTime, endTime, ...rest } = f;
  return callFunction('training', 'create', { ...rest, startsAt: toInstant(f.date, startTime), endsAt: toInstant(f.date, endTime) },
    z.object({ session: sessionRow }));
}

/** The county's policy in force this year, for which template fields to ask. */
export async function fetchPolicy(year: number): Promise<ApiResult<Policy>> {
  const res = await callFunction('policy', 'get', { year }, policyGetData);
  if (!res.ok) return res;
  if (!res.data.published) return { ok: false, error: { code: 'NOT_FOUND', message: '本县尚未发布本年度的学分政策，暂时不能建培训' } };
  const loaded = loadPolicy(res.data.policy);
  return loaded.ok ? { ok: true, data: loaded.policy } : { ok: false, error: { code: 'POLICY_INVALID', message: '本县的学分政策数据有误，请联系县级管理员' } };
}
