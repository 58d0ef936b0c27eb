import { z } from 'zod';
import { docIdSchema, isoDateTimeSchema } from './common';

/** A school (or kindergarten) inside one county. Reviewers are scoped to one school. */
export const schoolDocSchema = z.object({
  _id: docIdSchema,
  countyId: docIdSchema,
  name: z.string().trim().min(1).max(60),
  /** The county's own school code, when it has one (used by CSV imports). */
  code: z.string().trim().max(30).optional(),
  createdAt: isoDateTimeSchema,
});

export type SchoolDoc = z.infer<typeof schoolDocSchema>;
