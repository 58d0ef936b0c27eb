import { z } from 'zod';
import { docIdSchema, isoDateTimeSchema } from './common';

/** A county (or district/city) education bureau: the unit that publishes a policy. */
export const countyDocSchema = z.object({
  _id: docIdSchema,
  name: z.string().trim().min(1).max(50),
  /** Province/region words for display, e.g. 吉林省白城市. */
  region: z.string().trim().max(50).default(''),
  createdAt: isoDateTimeSchema,
});

export type CountyDoc = z.infer<typeof countyDocSchema>;
