import { z } from 'zod';

/**
 * Building blocks shared by every stored document. Kept in one place so the
 * same id, time and year rules apply to people, records, policies and audit.
 */

/** A document id: what the store port accepts (non-empty, at most 128 chars, no control chars). */
export const docIdSchema = z
  .string({ message: '编号必须是文字' })
  .regex(/^[^\u0000-\u001f]{1,128}$/, { message: '编号格式不正确' });

/** An ISO-8601 instant as the injectable clock produces it (e.g. 2026-05-01T08:00:00.000Z). */
export const isoDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, { message: '时间格式不正确' });

/** A training/assessment year. The products' policies span 2018–2029; allow a wide but sane window. */
export const yearSchema = z
  .number({ message: '年度必须是数字' })
  .int({ message: '年度必须是整数' })
  .min(2000, { message: '年度不能早于 2000 年' })
  .max(2100, { message: '年度不能晚于 2100 年' });

/** Optimistic-concurrency counter: 1 on creation, +1 on every change. */
export const versionSchema = z
  .number({ message: '版本号必须是数字' })
  .int({ message: '版本号必须是整数' })
  .min(1, { message: '版本号必须大于 0' })
  .max(1_000_000, { message: '版本号不正确' });

/** Roles a person can hold. A person may hold several (a principal usually also teaches). */
export const roles = ['teacher', 'principal', 'credit-officer', 'county-admin'] as const;
export const roleSchema = z.enum(roles, { message: '角色不在可选范围内' });
export type Role = (typeof roles)[number];

/** Roles that review records of one school (学校审核人：校长或学分管理员). */
export const schoolReviewerRoles = ['principal', 'credit-officer'] as const satisfies readonly Role[];

/** Chinese names of roles, for the UI and messages. */
export const roleLabels: Record<Role, string> = {
  teacher: '教师',
  principal: '校长',
  'credit-officer': '学分管理员',
  'county-admin': '县级管理员',
};
