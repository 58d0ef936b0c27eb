import { z } from 'zod';
import { closeData, codeData, detailData, listData, sessionData, type Attendee, type SessionDetail, type SessionRow } from '@shared/schemas/api/training';
import { exportData } from '@shared/schemas/api/export-view';
import { policyGetData } from '@shared/schemas/api/policy';
import { loadPolicy } from '@shared/policies/load-policy';
import type { Policy } from '@shared/schemas/policy';
import { callFunction, type ApiResult } from '@/services/api-client';
import type { SessionFactsValue } from '../model/session-draft';

/** training.list / get / create / code / mark / assess / close (contract: shared/schemas/api/training.ts). */
export type { SessionRow, Attendee, SessionDetail };
export type SignInCode = z.infer<typeof codeData>;
const sessionListData = listData;
const sessionDetailData = detailData;

export const fetchSessions = (): Promise<ApiResult<z.infer<typeof sessionListData>>> => callFunction('training', 'list', { limit: 50 }, sessionListData);
export const fetchSession = (sessionId: string): Promise<ApiResult<SessionDetail>> => callFunction('training', 'get', { sessionId }, sessionDetailData);
export const fetchCode = (sessionId: string): Promise<ApiResult<SignInCode>> => callFunction('training', 'code', { sessionId }, codeData);
export const markPresent = (sessionId: string, teacherIds: string[], present: boolean) =>
  callFunction('training', 'mark', { sessionId, teacherIds, present }, sessionDetailData, { toast: true });
export const assessSession = (sessionId: string, version: number, passedIds: string[]) =>
  callFunction('training', 'assess', { sessionId, version, passedIds }, sessionDetailData, { toast: true });
export const closeSession = (sessionId: string, version: number) =>
  callFunction('training', 'close', { sessionId, version }, closeData, { timeoutMs: 60_000 });

/** registers.sign-in-sheet: the session's 签到表 (.xlsx, A4), logged like the other exports. */
export const exportSignInSheet = (sessionId: string) =>
  callFunction('registers', 'sign-in-sheet', { sessionId }, exportData, { timeoutMs: 60_000 });

/** training.create from the form's facts; Beijing wall-clock times become instants. */
export function createSession(f: SessionFactsValue, toInstant: (date: string, time: string) => string) {
  const { startTime, endTime, ...rest } = f;
  return callFunction('training', 'create', { ...rest, startsAt: toInstant(f.date, startTime), endsAt: toInstant(f.date, endTime) },
    sessionData);
}

/** The county's policy in force this year, for which template fields to ask. */
export async function fetchPolicy(year: number): Promise<ApiResult<Policy>> {
  const res = await callFunction('policy', 'get', { year }, policyGetData);
  if (!res.ok) return res;
  if (!res.data.published) return { ok: false, error: { code: 'NOT_FOUND', message: '本县尚未发布本年度的学分政策，暂时不能建培训' } };
  const loaded = loadPolicy(res.data.policy);
  return loaded.ok ? { ok: true, data: loaded.policy } : { ok: false, error: { code: 'POLICY_INVALID', message: '本县的学分政策数据有误，请联系县级管理员' } };
}
