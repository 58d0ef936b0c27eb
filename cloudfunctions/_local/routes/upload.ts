import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { collections } from '../../../shared/schemas/domain/collections';
import { uploadDocSchema, type UploadDoc } from '../../../shared/schemas/domain/upload';
import type { Deps } from '../../_core/deps';
import { fail, ok } from '../reply';
import { bearerToken, type SessionBook } from '../sessions';
import { AppError } from '../../_core/use-cases/app-error';
import { checkCertificateBytes, extensionOf, maxCertificateBytes } from '../../_core/use-cases/support/certificate-check';

export interface UploadRouteOptions {
  sessions: SessionBook;
  depsFor: (openid: string | null) => Deps;
}

/**
 * `POST /local/upload`: raw bytes in, `{ uploadId }` out. The local twin of the
 * mini-program's `uploadFile` to a staging path: bytes land under `staging/`,
 * an `uploads` document records the owner, and `records.submit`/`resubmit`
 * claim it by id. The declared Content-Type is ignored; magic bytes decide.
 */
export async function registerUploadRoute(app: FastifyInstance, opts: UploadRouteOptions): Promise<void> {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxCertificateBytes }, (_req, body, done) => done(null, body));
    scope.post('/local/upload', { bodyLimit: maxCertificateBytes }, async (req) => {
      const token = bearerToken(req.headers.authorization);
      const openid = token ? await opts.sessions.resolve(token) : null;
      if (!openid) return fail('UNAUTHENTICATED', '请先登录再上传证书');
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      let contentType: ReturnType<typeof checkCertificateBytes>;
      try {
        contentType = checkCertificateBytes(bytes);
      } catch (err) {
        if (err instanceof AppError) return fail(err.code, err.message);
        throw err;
      }
      const deps = opts.depsFor(openid);
      const uploadId = randomUUID();
      const stored = await deps.files.put(`staging/${uploadId}.${extensionOf(contentType)}`, bytes, contentType);
      const doc: UploadDoc = uploadDocSchema.parse({
        _id: uploadId, openid, fileId: stored.fileId, contentType, size: stored.size,
        sha256: stored.sha256, createdAt: deps.clock(), claimedBy: null, claimedAt: null,
      });
      try {
        await deps.store.set(collections.uploads, doc);
      } catch (err) {
        await deps.files.remove(stored.fileId); // no orphan bytes without their document
        throw err;
      }
      return ok({ uploadId, contentType: doc.contentType, size: doc.size });
    });
  });
}
