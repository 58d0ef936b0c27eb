import type { FastifyInstance } from 'fastify';
import type { CallerIdentity } from '../../_core/ports/caller-identity';
import { fail, transportErrors } from '../reply';
import { bearerToken, type SessionBook } from '../sessions';

/** A cloud function as the local server sees it: the event in, a result envelope out. */
export type LocalFunction<D> = (event: unknown, deps: D) => Promise<unknown>;

export interface FunctionRouteOptions<D> {
  functions: Record<string, LocalFunction<D>>;
  sessions: SessionBook;
  /** Builds the function's dependencies for one call, given who is calling. */
  depsFor: (identity: CallerIdentity) => D;
}

const anonymous: CallerIdentity = { openid: () => null };

/**
 * `POST /api/fn/:name`: the body is the CloudBase event, unchanged. The caller
 * comes only from the bearer token's session (as OPENID does in the cloud);
 * an `openid` in the body is left for the function's strict schema to refuse.
 */
export function registerFunctionRoutes<D>(app: FastifyInstance, opts: FunctionRouteOptions<D>): void {
  app.post<{ Params: { name: string } }>('/api/fn/:name', async (req, reply) => {
    const fn = Object.hasOwn(opts.functions, req.params.name) ? opts.functions[req.params.name] : undefined;
    if (!fn) return reply.code(404).send(transportErrors.unknownFunction(req.params.name));
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return reply.code(400).send(transportErrors.notObject());
    }
    let identity = anonymous;
    const token = bearerToken(req.headers.authorization);
    if (token) {
      const openid = await opts.sessions.resolve(token);
      // A stale token (after `npm run reset`) must not silently become "anonymous".
      if (!openid) return reply.send(fail('UNAUTHENTICATED', '登录已失效，请重新登录'));
      identity = { openid: () => openid };
    }
    try {
      return reply.send(await fn(body, opts.depsFor(identity)));
    } catch (err) {
      console.error(`[local] function ${req.params.name} threw:`, err); // server-side only; the caller gets INTERNAL
      return reply.send(transportErrors.internal());
    }
  });
}
