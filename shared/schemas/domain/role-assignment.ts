import { z } from 'zod';
import { docIdSchema, isoDateTimeSchema, roleSchema, type Role } from './common';

/**
 * One role held by one person, with its scope. Teacher, principal and credit
 * officer are scoped to a school; county admin to a county. The id is
 * deterministic (`roleAssignmentId`) so granting twice is a no-op.
 */
export const roleAssignmentDocSchema = z.object({
  _id: docIdSchema,
  personId: docIdSchema,
  role: roleSchema,
  countyId: docIdSchema,
  /** Set for school-scoped roles; null for county admin. */
  schoolId: docIdSchema.nullable(),
  grantedBy: docIdSchema,
  grantedAt: isoDateTimeSchema,
});

export type RoleAssignmentDoc = z.infer<typeof roleAssignmentDocSchema>;

/** Deterministic id of a role assignment: one per person, role and scope. */
export function roleAssignmentId(personId: string, role: Role, scopeId: string): string {
  return `${role}:${scopeId}:${personId}`;
}
