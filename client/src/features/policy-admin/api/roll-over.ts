import { z } from 'zod';
import { policyRefSchema } from '@shared/schemas/api/views';
import { policySchema, type Policy } from '@shared/schemas/policy';
import { callFunction, type ApiResult } from '@/services/api-client';

/**
 * policy.roll-over (county admin), per docs/coord contract — built on the server by the
 * `policies` branch: copies the county's latest published policy of `fromYear` to `toYear`
 * as the next version for `toYear`, keeping every rule and source and shifting dates.
 * `dryRun` writes nothing and answers `published: null`. The answer's schema is written
 * here from that contract; once merged, shared/schemas/api/policy.ts owns it.
 */
export const rollOverData = z.object({
  published: policyRefSchema.nullable(),
  policy: policySchema,
  changes: z.array(z.string()),
});
export type RollOverAnswer = { published: z.infer<typeof policyRefSchema> | null; policy: Policy; changes: string[] };

export interface RollOverInput { fromYear: number; toYear: number; expectedVersion?: number; note?: string; dryRun?: boolean }

/** policy.roll-over: dry run first (what would change), then for real with `expectedVersion`. */
export function rollOverPolicy(input: RollOverInput): Promise<ApiResult<RollOverAnswer>> {
  return callFunction('policy', 'roll-over', { ...input }, rollOverData, { timeoutMs: 30_000 }) as Promise<ApiResult<RollOverAnswer>>;
}
