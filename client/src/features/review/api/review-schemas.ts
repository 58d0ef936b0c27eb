import type { z } from 'zod';
import { SCALE } from '@shared/credits';
import { detailData } from '@shared/schemas/api/review';
import { progressReportSchema } from '@shared/schemas/progress-report';

const report = progressReportSchema.refine((r) => r.scale === SCALE, { message: `scale 应为 ${SCALE}` });

/** review.detail with the two reports checked against the engine's schema (a drift → BAD_RESPONSE). */
export const reviewDetailSchema = detailData.extend({ before: report.nullable(), after: report.nullable() });
export type ReviewDetail = z.infer<typeof reviewDetailSchema>;
