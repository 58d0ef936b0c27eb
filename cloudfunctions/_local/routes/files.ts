import { createReadStream, existsSync } from 'node:fs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { DiskFileStore } from '../../_core/adapters/local/disk-file-store';
import { UnsafeFilePathError } from '../../_core/adapters/file-path';
import { fail } from '../reply';
import { bearerToken, sessionTokenFromCookie, type SessionBook } from '../sessions';
import type { FileAccess } from '../file-access';
import { fileResponseHeaders } from './file-headers';

export interface FileRouteOptions {
  sessions: SessionBook;
  files: DiskFileStore;
  /** Decides whether the person behind `openid` may see `fileId`. */
  canRead: FileAccess;
}


/** Token from the Authorization header, else from the session cookie (for `<img src>`). */
function tokenOf(req: FastifyRequest): string | null {
  const fromHeader = bearerToken(req.headers.authorization);
  if (fromHeader) return fromHeader;
  return sessionTokenFromCookie(req.headers.cookie);
}

/**
 * `GET /files/<fileId>`: the local stand-in for CloudBase temporary URLs. Only
 * a signed-in caller who may see the record the file belongs to gets the bytes;
 * everyone else gets 404 (not 403: a file's existence is not revealed).
 * Headers: see {@link fileResponseHeaders} (type by extension, nosniff,
 * Content-Disposition, a sandboxing CSP).
 */
export function registerFileRoute(app: FastifyInstance, opts: FileRouteOptions): void {
  app.get<{ Params: { '*': string } }>('/files/*', async (req, reply) => {
    const token = tokenOf(req);
    const openid = token ? await opts.sessions.resolve(token) : null;
    if (!openid) return reply.code(401).send(fail('UNAUTHENTICATED', '请先登录再查看证书'));
    const fileId = req.params['*'];
    let full: string;
    try {
      full = opts.files.pathOf(fileId);
    } catch (err) {
      if (err instanceof UnsafeFilePathError) return reply.code(404).send(fail('NOT_FOUND', '文件不存在'));
      throw err;
    }
    if (!existsSync(full) || !(await opts.canRead(openid, fileId))) {
      return reply.code(404).send(fail('NOT_FOUND', '文件不存在或无权查看'));
    }
    return reply.headers(fileResponseHeaders(fileId)).send(createReadStream(full));
  });
}
