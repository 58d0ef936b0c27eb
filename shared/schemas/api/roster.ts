import { z } from 'zod';
import { isoDate } from '../record';
import { docIdSchema, roleSchema } from '../domain/common';
import { idLast6Schema, personNameSchema, personStatusesSchema, phoneSchema } from '../domain/person';
import { eventObject, idField, pagingFields } from './common';

/** One roster row. School by id, or by exact name within the caller's county. */
export const rosterRowSchema = eventObject({
  name: personNameSchema,
  schoolId: idField.optional(),
  schoolName: z.string().trim().min(1).max(60).optional(),
  phone: phoneSchema.optional(),
  idLast6: idLast6Schema.optional(),
  subject: z.string().trim().max(20).optional(),
  statuses: personStatusesSchema.optional(),
  hiredOn: isoDate.optional(),
  active: z.boolean().optional(),
});
export type RosterRow = z.infer<typeof rosterRowSchema>;

/** roster.import: create or update people (matched by school + name + idLast6/phone); all rows checked before any write. */
export const importEvent = eventObject({
  action: z.literal('import'),
  rows: z.array(rosterRowSchema).min(1, { message: '名单不能为空' }).max(500, { message: '一次最多导入 500 人' }),
  /** Check only: report what would change, write nothing. */
  dryRun: z.boolean().optional(),
});

export const rosterListEvent = eventObject({
  action: z.literal('list'),
  schoolId: idField.optional(),
  /** Substring of the name. */
  query: z.string().trim().max(30).optional(),
  ...pagingFields,
});

/** roster.set-role: grant or revoke one role (scope = the person's school, or the county for county-admin). */
export const setRoleEvent = eventObject({
  action: z.literal('set-role'),
  personId: idField,
  role: roleSchema,
  grant: z.boolean({ message: 'grant 必须是 true 或 false' }),
});

/** roster.invite: issue a fresh binding code; `resetBinding` also unbinds the current WeChat (换手机). */
export const inviteEvent = eventObject({
  action: z.literal('invite'),
  personId: idField,
  resetBinding: z.boolean().optional(),
});

export const rosterEvent = z.discriminatedUnion('action', [importEvent, rosterListEvent, setRoleEvent, inviteEvent]);
export type RosterEvent = z.infer<typeof rosterEvent>;

export const importData = z.object({
  dryRun: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  people: z.array(z.object({
    row: z.number().int(),
    /** Null for a person a dry run would create. */
    personId: docIdSchema.nullable(),
    name: z.string(),
    outcome: z.enum(['created', 'updated', 'unchanged']),
    /** New people get a binding code at once. */
    bindingCode: z.string().optional(),
  })),
});

export const rosterPersonSchema = z.object({
  id: docIdSchema,
  name: z.string(),
  schoolId: docIdSchema.nullable(),
  subject: z.string().optional(),
  /** 138****5678 */
  phoneMasked: z.string().nullable(),
  statuses: personStatusesSchema,
  roles: z.array(roleSchema),
  bound: z.boolean(),
  active: z.boolean(),
});
export const rosterListData = z.object({ items: z.array(rosterPersonSchema), total: z.number().int() });
export const setRoleData = z.object({ personId: docIdSchema, roles: z.array(roleSchema) });
export const inviteData = z.object({ personId: docIdSchema, name: z.string(), code: z.string(), expiresAt: z.string() });
