import { z } from 'zod';
import { SCALE } from '@shared/credits';
import { mineData } from '@shared/schemas/api/progress';
import { progressReportSchema } from '@shared/schemas/progress-report';
import { callFunction, type ApiResult, type CallOptions } from '@/services/api-client';

/**
 * progress.mine's answer with `report` checked against the engine's report schema.
 * The shared `mineData` leaves `report` unknown (the server does not re-validate its own
 * engine); the client does, so a drift shows as BAD_RESPONSE instead of a broken card.
 * The scale must be the one `formatAmount` formats; another scale would print wrong figures.
 */
export const myProgressSchema = mineData.extend({
  report: progressReportSchema.refine((r) => r.scale === SCALE, { message: `scale 应为 ${SCALE}`, path: ['scale'] }),
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
