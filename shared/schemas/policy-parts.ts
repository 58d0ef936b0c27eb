import { z } from 'zod';
import { isoDate } from './record';

/**
 * The pieces of the policy schema that answers to the phone carry (progress.mine's
 * deadlines and unit). Their own file so the mini-program's main package does not
 * build the whole policy document schema (policy.ts re-exports them).
 */

/** Rule and category ids: lower-case ASCII, digits and dashes. */
export const ruleIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: '编号只能用小写字母、数字和连字符' });
/** The document sentence a rule encodes, quoted. */
export const ruleSourceSchema = z.string().trim().min(2, { message: '请引用文件原句' });

/**
 * A date the document sets for handing things in (通榆: 12月1日—12月10日上交其它相关材料),
 * shown next to what is still missing. `from` is absent for a plain "before" date.
 */
export const deadlineSchema = z.strictObject({
  id: ruleIdSchema,
  /** What is due, in the teacher's words: 学校上交学分登记卡等材料. */
  name: z.string().trim().min(1),
  from: isoDate.optional(),
  to: isoDate,
  source: ruleSourceSchema,
});

/** Unit the document states its requirements in; 学时 only shows where 1 学时 = 1 学分. */
export const requirementUnits = ['学分', '学时'] as const;
