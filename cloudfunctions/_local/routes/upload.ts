import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { resolveCaller } from '../../_core/auth/resolve-caller';
import type { Deps } from '../../_core/deps';
import { AppError } from '../../_core/use-cases/app-error';
import { stageUpload } from '../../_core/use-cases/records/stage-upload';
import { stagingQuotaAllows } from '../../_core/use-cases/support/staging-quota';
import { MAX_CERTIFICATE_BYTES } from '../../_core/uploads/check-certificate';
import { fail, ok, type LocalFailure } from '../reply';
import { bearerToken, type SessionBook } from '../sessions';

export interface UploadRouteOptions {
  sessions: SessionBook;
  depsFor: (openid: string | null) => Deps;
}

declare module 'fastify' {
  interface FastifyRequest { uploaderOpenid?: string }
}

/**
 * Refuses without reading the body: the answer goes out with `Connection:
 * close`, and Node closes the socket once it is written instead of draining
 * megabytes nobody will look at.
 */
function refuseEarly(reply: FastifyReply, status: number, body: LocalFailure): FastifyReply {
  return reply.code(status).header('connection', 'close').send(body);
}

/**
 * Runs before Fastify reads the body: who is uploading (bearer token), and
 * whether the declared size is in bounds and fits the caller's hourly quota.
 */
async function checkBeforeBody(req: FastifyRequest, reply: FastifyReply, opts: UploadRouteOptions): Promise<FastifyReply | undefined> {
  const token = bearerToken(req.headers.authorization);
  const openid = token ? await opts.sessions.resolve(token) : null;
  if (!openid) return refuseEarly(reply, 401, fail('UNAUTHENTICATED', '请先登录再上传证书'));
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_CERTIFICATE_BYTES) {
    return refuseEarly(reply, 413, fail('FILE_TOO_LARGE', `证书文件不能超过 ${MAX_CERTIFICATE_BYTES / 1024 / 1024} MB，请压缩后重新上传`));
  }
  const deps = opts.depsFor(openid);
  const over = await stagingQuotaAllows(deps, openid, Number.isFinite(declared) ? declared : 0, deps.clock());
  if (over) return refuseEarly(reply, 429, fail(over.code, over.message));
  req.uploaderOpenid = openid;
  return undefined;
}

/**
 * `POST /local/upload`: raw bytes in, `{ uploadId }` out — the local twin of a
 * mini-program `uploadFile` to its staging path. The token and quota are
 * checked before the body is read; whatever the declared Content-Type, the
 * bytes are taken raw; the domain's `stageUpload` counts the quota, inspects
 * the file (docs/uploads.md) and records the caller as owner; `records.submit`
 * / `resubmit` claim the upload by id.
 */
export async function registerUploadRoute(app: FastifyInstance, opts: UploadRouteOptions): Promise<void> {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_CERTIFICATE_BYTES }, (_req, body, done) => done(null, body));
    scope.addHook('onRequest', async (req, reply) => {
      if (req.method === 'POST' && req.routeOptions.url === '/local/upload') return checkBeforeBody(req, reply, opts);
      return undefined;
    });
    scope.post('/local/upload', { bodyLimit: MAX_CERTIFICATE_BYTES }, async (req, reply) => {
      const openid = req.uploaderOpenid;
      if (!openid) return fail('UNAUTHENTICATED', '请先登录再上传证书');
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const deps = opts.depsFor(openid);
      try {
        return ok(await stageUpload(deps, await resolveCaller(deps), bytes));
      } catch (err) {
        if (err instanceof AppError) {
          if (err.code === 'QUOTA_EXCEEDED') reply.code(429);
          return fail(err.code, err.message);
        }
        throw err;
      }
    });
  });
}
