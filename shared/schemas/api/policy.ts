import { z } from 'zod';
import { eventObject, idField, noteField, yearField } from './common';
import { yearSchema } from '../domain/common';
import { policyRefSchema } from './views';

const policyIdField = z.string({ message: '政策编号必须是文字' }).trim().min(1, { message: '请填写政策编号' }).max(60, { message: '政策编号过长' });

/** policy.list: built-in policy templates, and the versions published in the caller's county. */
export const policyListEvent = eventObject({ action: z.literal('list'), countyId: idField.optional() });

/** policy.get: a template by `policyId`, or the version published for a county and year. */
export const policyGetEvent = eventObject({
  action: z.literal('get'),
  policyId: policyIdField.optional(),
  countyId: idField.optional(),
  year: yearField,
  version: z.number().int().min(1).max(1_000_000, { message: '版本号不正确' }).optional(),
}).refine((e) => !(e.policyId && (e.countyId || e.version)), { message: '按政策编号查询时不能同时指定县区或版本', path: ['policyId'] });

/**
 * policy.publish (county admin): publish a built-in policy (`policyId`) or custom
 * policy data (`data`) for a year. `expectedVersion` is the latest version the
 * admin saw (0 = none yet); a mismatch is VERSION_CONFLICT.
 */
export const publishEvent = eventObject({
  action: z.literal('publish'),
  year: yearSchema,
  policyId: policyIdField.optional(),
  data: z.record(z.string(), z.unknown()).optional(),
  expectedVersion: z.number({ message: 'expectedVersion 必须是数字' }).int().min(0).max(1_000_000, { message: '版本号不正确' }).optional(),
  note: noteField.optional(),
}).refine((e) => (e.policyId === undefined) !== (e.data === undefined), { message: '请指定政策编号或政策内容（二选一）', path: ['policyId'] });

/**
 * policy.roll-over (county admin): carry the county's latest policy in force for
 * `fromYear` to `toYear` as the next version for `toYear` — every rule and
 * quoted source kept, dates and the years in names shifted (a cycle policy by
 * whole cycles; none when `toYear` already lies in its period). `dryRun`
 * returns what would be published and writes nothing.
 */
export const rollOverEvent = eventObject({
  action: z.literal('roll-over'),
  fromYear: yearSchema,
  toYear: yearSchema,
  expectedVersion: z.number({ message: 'expectedVersion 必须是数字' }).int().min(0).max(1_000_000, { message: '版本号不正确' }).optional(),
  note: noteField.optional(),
  dryRun: z.boolean({ message: 'dryRun 必须是 true 或 false' }).optional(),
}).refine((e) => e.toYear > e.fromYear, { message: '只能沿用到以后的年度（toYear 应大于 fromYear）', path: ['toYear'] });

export const policyEvent = z.discriminatedUnion('action', [policyListEvent, policyGetEvent, publishEvent, rollOverEvent]);
export type PolicyEvent = z.infer<typeof policyEvent>;

export const policyTemplateSchema = z.object({ id: z.string(), name: z.string(), years: z.array(z.number().int()) });
export const policyListData = z.object({
  templates: z.array(policyTemplateSchema),
  published: z.array(policyRefSchema),
  /** Whether the caller may publish for this county (its county admin): the screen shows the publish card only then. */
  canPublish: z.boolean(),
});
export const policyGetData = z.object({
  /** The policy data (shared/policies format). */
  policy: z.unknown(),
  published: policyRefSchema.nullable(),
});
export const publishData = z.object({ published: policyRefSchema });

/** policy.roll-over: the publication written (null on a dry run), the policy data, and what changed, in Chinese. */
export const rollOverData = z.object({
  published: policyRefSchema.nullable(),
  /** The policy data as published (or as it would be). */
  policy: z.unknown(),
  changes: z.array(z.string()),
});
