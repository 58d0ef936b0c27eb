import type { FastifyInstance } from 'fastify';
import { resolveCaller } from '../../_core/auth/resolve-caller';
import type { Deps } from '../../_core/deps';
import { AppError } from '../../_core/use-cases/app-error';
import { stageUpload } from '../../_core/use-cases/records/stage-upload';
import { MAX_CERTIFICATE_BYTES } from '../../_core/uploads/check-certificate';
import { fail, ok } from '../reply';
import { bearerToken, type SessionBook } from '../sessions';

export interface UploadRouteOptions {
  sessions: SessionBook;
  depsFor: (openid: string | null) => Deps;
}

/**
 * `POST /local/upload`: raw bytes in, `{ uploadId }` out — the local twin of a
 * mini-program `uploadFile` to its staging path. Whatever the declared
 * Content-Type, the bytes are taken raw; the domain's `stageUpload` checks the
 * magic bytes and size and records the caller as owner, and `records.submit` /
 * `resubmit` claim the upload by id.
 */
export async function registerUploadRoute(app: FastifyInstance, opts: UploadRouteOptions): Promise<void> {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_CERTIFICATE_BYTES }, (_req, body, done) => done(null, body));
    scope.post('/local/upload', { bodyLimit: MAX_CERTIFICATE_BYTES }, async (req) => {
      const token = bearerToken(req.headers.authorization);
      const openid = token ? await opts.sessions.resolve(token) : null;
      if (!openid) return fail('UNAUTHENTICATED', '请先登录再上传证书');
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const deps = opts.depsFor(openid);
      try {
        return ok(await stageUpload(deps, await resolveCaller(deps), bytes));
      } catch (err) {
        if (err instanceof AppError) return fail(err.code, err.message);
        throw err;
      }
    });
  });
}
