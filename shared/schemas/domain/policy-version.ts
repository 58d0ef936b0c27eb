import { z } from 'zod';
import { docIdSchema, isoDateTimeSchema, versionSchema, yearSchema } from './common';

/**
 * A policy published by a county for one assessment year. Publishing never
 * edits: it adds version n+1 with a full snapshot of the policy data, so every
 * report can name the exact version it was computed with. The id is
 * deterministic (`policyVersionId`) which makes two concurrent publishes of the
 * same next version collide instead of both landing.
 */
export const policyVersionDocSchema = z.object({
  _id: docIdSchema,
  countyId: docIdSchema,
  year: yearSchema,
  version: versionSchema,
  /** Id of the policy (e.g. `tongyu-2026`), as in the snapshot. */
  policyId: z.string().min(1).max(60),
  /** The policy data as validated by the shared loader at publish time. */
  data: z.record(z.string(), z.unknown()),
  note: z.string().max(200).nullable(),
  publishedBy: docIdSchema,
  publishedAt: isoDateTimeSchema,
});

export type PolicyVersionDoc = z.infer<typeof policyVersionDocSchema>;

/** Deterministic id: `<countyId>:<year>:v<version>`. */
export function policyVersionId(countyId: string, year: number, version: number): string {
  return `${countyId}:${year}:v${version}`;
}
