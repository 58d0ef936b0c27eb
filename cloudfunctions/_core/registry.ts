/**
 * The function registry: every cloud function by name. The CloudBase entries
 * (`cloudfunctions/<fn>/index.ts`) and the local server (`POST /api/fn/:name`)
 * both call `functions[name](event, deps)`; a handler never throws, it answers
 * with the envelope `{ ok: true, data } | { ok: false, error: { code, message } }`.
 */
import type { FunctionResult } from '../../shared/schemas/api/envelope';
import type { Deps } from './deps';
import type { FunctionHandler } from './handlers/define-function';
import { identityFunction } from './handlers/identity';
import { policyFunction } from './handlers/policy';
import { progressFunction } from './handlers/progress';
import { registersFunction } from './handlers/registers';
import { recordsFunction } from './handlers/records';
import { reviewFunction } from './handlers/review';
import { rosterFunction } from './handlers/roster';
import { trainingFunction } from './handlers/training';

export type { Deps, FunctionHandler, FunctionResult };

/** Names of the cloud functions (one folder each under cloudfunctions/). */
export const functionNames = ['identity', 'records', 'review', 'progress', 'roster', 'policy', 'registers', 'training'] as const;
export type FunctionName = (typeof functionNames)[number];

/** Every function, by name. */
export const functions: Record<FunctionName, FunctionHandler> = {
  identity: identityFunction,
  records: recordsFunction,
  review: reviewFunction,
  progress: progressFunction,
  roster: rosterFunction,
  policy: policyFunction,
  registers: registersFunction,
  training: trainingFunction,
};

/**
 * Functions only the platform's timer calls (`cloudfunctions/<fn>/index.ts`,
 * deployed with a timer trigger). Deliberately not in {@link functions}: the
 * local server must never offer them over HTTP (the cleanup runs there on its
 * own schedule, cloudfunctions/_local/cleanup-schedule.ts, reminders-schedule.ts).
 */
export const timerFunctionNames = ['cleanup', 'reminders'] as const;

/** True when `name` is a registered function (guards lookups by user-supplied names). */
export function isFunctionName(name: string): name is FunctionName {
  return (functionNames as readonly string[]).includes(name);
}
