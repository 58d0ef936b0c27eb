import { z } from 'zod';

/**
 * Stable error codes every function may answer with (docs/api-contract.md).
 * The code is for the program; the message is Chinese, for the user.
 */
export const errorCodes = [
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'NOT_BOUND',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'VERSION_CONFLICT',
  'INVALID_STATE',
  'DUPLICATE',
  'TOO_MANY_ATTEMPTS',
  'FILE_TYPE',
  'FILE_TOO_LARGE',
  'FILE_DAMAGED',
  'FILE_UNSAFE',
  'IMAGE_TOO_LARGE',
  'QUOTA_EXCEEDED',
  'POLICY_INVALID',
  'NOT_IMPLEMENTED',
  // records.read-certificate (docs/reader.md): the teacher then types as usual.
  'UNREADABLE_IMAGE',
  'TOO_DARK',
  'NOT_A_CERTIFICATE',
  'READ_TIMEOUT',
  'READER_UNAVAILABLE',
  // training.sign-in / sign-out (decision 016).
  'CODE_EXPIRED',
  'SIGN_IN_CLOSED',
  'INTERNAL',
] as const;

export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = (typeof errorCodes)[number];

export const apiErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string().min(1),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** `{ ok: false, error }`: any failure. */
export const failureSchema = z.object({ ok: z.literal(false), error: apiErrorSchema });

/** Result envelope of a function whose success data matches `data`. */
export function resultSchema<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), data }), failureSchema]);
}

/** The envelope with untyped data: what the registry returns for any function. */
export const functionResultSchema = resultSchema(z.unknown());

export type FunctionFailure = z.infer<typeof failureSchema>;
export type FunctionSuccess<T = unknown> = { ok: true; data: T };
export type FunctionResult<T = unknown> = FunctionSuccess<T> | FunctionFailure;
