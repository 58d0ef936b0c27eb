import { z } from 'zod';
import { SCALE } from '@shared/credits';
import { mineData } from '@shared/schemas/api/progress';
import { progressReportSchema, recordExplanationSchema } from '@shared/schemas/progress-report';
import { callFunction, type ApiResult, type CallOptions } from '@/services/api-client';

/**
 * progress.mine's answer with `report` checked against the engine's report schema.
 * The shared `mineData` leaves `report` unknown (the server does not re-validate its own
 * engine); the client does, so a drift shows as BAD_RESPONSE instead of a broken card.
 * The scale must be the one `formatAmount` formats; another scale would print wrong figures.
 */
export const myProgressSchema = mineData.extend({
  report: progressReportSchema.refine((r) => r.scale === SCALE, { message: `scale 应为 ${SCALE}`, path: ['scale'] }),
  // Fields a server before 2026-12 did not send read as "none", never as an error.
  pending: mineData.shape.pending.unwrap().default([]),
  unit: mineData.shape.unit.unwrap().default('学分'),
  deadlines: mineData.shape.deadlines.unwrap().default([]),
  explanation: recordExplanationSchema.nullable().optional(),
});

export type MyProgress = z.infer<typeof myProgressSchema>;

/**
 * The signed-in teacher's progress under her county's policy in force. Without `year` the
 * server picks the current year of ITS clock (Beijing time), which is the truth for "this
 * year" even when the phone's clock is off; `policy.year` in the answer says which year it was.
 */
export function fetchMyProgress(year?: number, options?: CallOptions): Promise<ApiResult<MyProgress>> {
  return callFunction('progress', 'mine', year === undefined ? {} : { year }, myProgressSchema, options);
}

/**
 * The same answer for the year of one of her records, with that record's explanation
 * chain (`explanation`): what it earns and by which rule and sentence, or why nothing.
 */
export function fetchRecordCredits(year: number, recordId: string, options?: CallOptions): Promise<ApiResult<MyProgress>> {
  return callFunction('progress', 'mine', { year, recordId }, myProgressSchema, options);
}
