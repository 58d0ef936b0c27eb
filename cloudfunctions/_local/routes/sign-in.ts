import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { WhoamiData } from '../../../shared/schemas/api/identity';
import { formatZodError } from '../../../shared/schemas/api/format-issues';
import {
  signInCodeBody, signInPickBody, type DemoPeopleData, type SignInBody, type SignInData, type SignOutData,
} from '../../../shared/schemas/api/local';
import type { Deps } from '../../_core/deps';
import type { FunctionHandler } from '../../_core/handlers/define-function';
import { demoPickerRefusal, type DemoPickerMode } from '../demo-picker-gate';
import { demoOpenid, listDemoPeople } from '../demo-people';
import { fail, ok } from '../reply';
import { bearerToken, sessionCookie, sessionDays, type SessionBook } from '../sessions';

/** Picks the form by its fields so the message names the right mistake. */
function parseSignIn(body: unknown): { ok: true; data: SignInBody } | { ok: false; message: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, message: '请求内容必须是一个对象' };
  const parsed = 'personId' in body ? signInPickBody.safeParse(body) : signInCodeBody.safeParse(body);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, message: formatZodError(parsed.error) };
}

export interface SignInRouteOptions {
  sessions: SessionBook;
  identity: FunctionHandler;
  depsFor: (openid: string | null) => Deps;
  clock: () => string;
  /** Who may sign in by picking a demo person (demo-picker-gate). */
  demoPicker: DemoPickerMode;
}

/** Same lifetime as the session it stands for (sessions.ts). */
const cookieMaxAge = sessionDays * 24 * 3600;

function setSessionCookie(reply: FastifyReply, token: string | null): void {
  reply.header('set-cookie', [
    token ? `${sessionCookie}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${cookieMaxAge}`
      : `${sessionCookie}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`,
    // The cookie was scoped to /files before 2026-12: a browser may still hold that one.
    `${sessionCookie}=; Path=/files; HttpOnly; SameSite=Strict; Max-Age=0`,
  ]);
}

/**
 * Local stand-in for WeChat sign-in. A demo pick (only where the gate allows:
 * loopback by default) signs in as the openid the seed bound that person to; name + code binds a fresh stand-in openid through
 * `identity.bind`, exactly as a new WeChat user would.
 */
export function registerSignInRoutes(app: FastifyInstance, opts: SignInRouteOptions): void {
  app.get('/local/demo-people', async (req, reply) => {
    const refused = demoPickerRefusal(opts.demoPicker, req.socket.remoteAddress);
    if (refused) return reply.code(403).send(fail('FORBIDDEN', refused));
    return ok<DemoPeopleData>({ people: await listDemoPeople(opts.depsFor(null).store) });
  });

  app.post('/local/sign-in', async (req, reply) => {
    const parsed = parseSignIn(req.body ?? {});
    if (!parsed.ok) return fail('INVALID_INPUT', parsed.message);
    let openid: string;
    if ('personId' in parsed.data) {
      const refused = demoPickerRefusal(opts.demoPicker, req.socket.remoteAddress);
      if (refused) return reply.code(403).send(fail('FORBIDDEN', refused));
      const found = await demoOpenid(opts.depsFor(null).store, parsed.data.personId);
      if (!found) return fail('NOT_FOUND', '没有这个演示人员，请刷新名单后重试');
      openid = found;
    } else {
      openid = `local-${randomBytes(12).toString('hex')}`;
      const bound = await opts.identity({ action: 'bind', ...parsed.data }, opts.depsFor(openid));
      if (!bound.ok) return bound;
    }
    const who = await opts.identity({ action: 'whoami' }, opts.depsFor(openid));
    if (!who.ok) return who;
    const whoami = who.data as WhoamiData;
    const token = await opts.sessions.open(openid, opts.clock(), 'personId' in parsed.data ? parsed.data.personId : undefined);
    setSessionCookie(reply, token);
    return ok<SignInData>({ token, person: whoami.bound ? whoami.person : null });
  });

  app.post('/local/sign-out', async (req, reply) => {
    const token = bearerToken(req.headers.authorization);
    if (token) await opts.sessions.close(token);
    setSessionCookie(reply, null);
    return ok<SignOutData>({ signedOut: true });
  });
}
