import { z } from 'zod';
import { docIdSchema, isoDateTimeSchema } from './common';

/** Every state-changing action, named `<function>.<action>`. */
export const auditActions = [
  'identity.bind',
  'records.submit', 'records.resubmit', 'records.withdraw', 'records.supersede',
  'review.approve', 'review.return',
  'roster.import', 'roster.set-role', 'roster.invite',
  'policy.publish', 'policy.roll-over',
  'registers.export',
  'training.create', 'training.update', 'training.cancel', 'training.mark', 'training.assess', 'training.close', 'training.credit',
] as const;

/**
 * Append-only audit log. Written in the SAME transaction as the change it
 * describes, so there is never a change without its entry (nor the reverse).
 * Never updated or removed by any use-case.
 */
export const auditEntryDocSchema = z.object({
  _id: docIdSchema,
  at: isoDateTimeSchema,
  /** Person id of the actor (or the openid for `identity.bind` before a person is known). */
  actorId: docIdSchema,
  action: z.enum(auditActions),
  /** Collection and id of the changed document. */
  targetCollection: z.string(),
  targetId: docIdSchema,
  /** County the target belongs to, so a county admin can read her county's log. */
  countyId: docIdSchema.nullable(),
  /** School the target belongs to (records, people, school roles, school exports), so a school reviewer can read her school's log; absent on entries written before it was kept. */
  schoolId: docIdSchema.nullable().optional(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  note: z.string().max(200).optional(),
});

export type AuditEntryDoc = z.infer<typeof auditEntryDocSchema>;
export type AuditAction = (typeof auditActions)[number];
