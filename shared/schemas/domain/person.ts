import { z } from 'zod';
import { isoDate } from '../record';
import { teacherContextSchema } from '../teacher-context';
import { docIdSchema, isoDateTimeSchema, versionSchema } from './common';

/** Mainland mobile number, 11 digits starting with 1. */
export const phoneSchema = z.string().trim().regex(/^1\d{10}$/, { message: '手机号应为 11 位数字' });

/** Last six characters of the resident ID number (the last may be X). */
export const idLast6Schema = z
  .string()
  .trim()
  .regex(/^\d{5}[\dXx]$/, { message: '身份证后六位格式不正确' })
  .transform((s) => s.toUpperCase());

/** Person name as printed on the roster: 1–30 characters. */
export const personNameSchema = z
  .string({ message: '姓名必须是文字' })
  .trim()
  .min(1, { message: '请填写姓名' })
  .max(30, { message: '姓名不能超过 30 字' });

/**
 * One-time binding code handed out by the school or county (邀请码). Unambiguous
 * alphabet (no 0/O/1/I/L), 8 characters: about 10^12 combinations.
 */
export const bindingCodeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const bindingCodeSchema = z
  .string({ message: '绑定码必须是文字' })
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[2-9A-HJKMNP-Z]{8}$/, { message: '绑定码应为 8 位字母或数字' }));

/** Statuses in force (maternity, new teacher…), with the years they apply to. */
export const personStatusesSchema = teacherContextSchema.shape.statuses;

/**
 * A person on the county roster (花名册): teachers, principals, credit officers
 * and county staff alike. What a person may do comes from `roles`, not from here.
 */
export const personDocSchema = z.object({
  _id: docIdSchema,
  countyId: docIdSchema,
  /** Null for county staff who belong to no school. */
  schoolId: docIdSchema.nullable(),
  name: personNameSchema,
  phone: phoneSchema.optional(),
  idLast6: idLast6Schema.optional(),
  /** 任教学科, free text from the roster (语文, 数学…). */
  subject: z.string().trim().max(20).optional(),
  statuses: personStatusesSchema,
  hiredOn: isoDate.optional(),
  /**
   * The current binding code, never stored in the clear: hex SHA-256 of
   * `<salt>\n<code>` with a random per-person salt (a new one per code). Both
   * null once the code is used or when none was issued. The code itself is
   * shown once, to whoever issued it (roster import / invite).
   */
  bindingCodeHash: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  bindingCodeSalt: z.string().regex(/^[0-9a-f]{32}$/).nullable(),
  bindingCodeExpiresAt: isoDateTimeSchema.nullable(),
  /** Openid bound to this person, mirrored from `bindings` so one person has one WeChat. */
  boundOpenid: z.string().nullable(),
  /** False once the person leaves: cannot sign in or be reviewed, records stay. */
  active: z.boolean(),
  version: versionSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});

export type PersonDoc = z.infer<typeof personDocSchema>;
