import type { ErrorCode } from '../../../shared/schemas/api/envelope';

/**
 * A failure the user should see: stable code + Chinese message. Use-cases throw
 * it; the function wrapper turns it into `{ ok: false, error }`. Anything else
 * thrown is a bug and becomes INTERNAL with a generic message.
 */
export class AppError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
  }
}

/** Shorthand constructors for the common failures. */
export const fail = {
  invalid: (message: string) => new AppError('INVALID_INPUT', message),
  forbidden: (message: string) => new AppError('FORBIDDEN', message),
  notFound: (message: string) => new AppError('NOT_FOUND', message),
  state: (message: string) => new AppError('INVALID_STATE', message),
  versionConflict: () => new AppError('VERSION_CONFLICT', '该记录已被他人处理，请刷新'),
};
