import dayjs from 'dayjs';
import { z } from 'zod';
import { recordInputSchema } from '../record';
import { docIdSchema, versionSchema, yearSchema } from '../domain/common';

/** Id of a document named in an event (record, person, school…). */
export const idField = docIdSchema;

/** Optional assessment year; the server defaults to the current year of its clock. */
export const yearField = yearSchema.optional();

/** Version the caller saw, for optimistic concurrency. */
export const versionField = versionSchema;

/** Paging: at most 100 rows per call. */
export const pagingFields = {
  limit: z.number({ message: 'limit 必须是数字' }).int().min(1, { message: 'limit 至少为 1' }).max(100, { message: '每次最多取 100 条' }).optional(),
  skip: z.number({ message: 'skip 必须是数字' }).int().min(0, { message: 'skip 不能为负数' }).max(100_000, { message: 'skip 过大' }).optional(),
};

/** A short free-text note (审核意见, 撤回说明). */
export const noteField = z.string({ message: '备注必须是文字' }).trim().max(200, { message: '备注不能超过 200 字' });

/** True when `s` is a real calendar date (2026-02-30 is not). */
export function isCalendarDate(s: string): boolean {
  const d = dayjs(s);
  return d.isValid() && d.format('YYYY-MM-DD') === s;
}

/**
 * The training record as it travels in an event: the shared input schema made
 * strict (unknown keys such as `credits` are refused: credits are computed by the
 * server, never sent), plus real-calendar and 2000–2100 checks on the dates.
 */
export const recordInputEventSchema = recordInputSchema.strict().superRefine((r, ctx) => {
  for (const field of ['startDate', 'endDate'] as const) {
    const value = r[field];
    if (!isCalendarDate(value)) {
      ctx.addIssue({ code: 'custom', path: [field], message: value.length <= 10 ? `日期 ${value} 不存在` : '日期格式应为 YYYY-MM-DD' });
    } else if (value < '2000-01-01' || value > '2100-12-31') {
      ctx.addIssue({ code: 'custom', path: [field], message: '日期应在 2000 年到 2100 年之间' });
    }
  }
});

/** Object schema that refuses unknown keys (an `openid` in an event is refused here). */
export const eventObject = z.strictObject;
