import type { z } from 'zod';
import { resultSchema } from '../../../shared/schemas/api/envelope';
import { whoamiData, type WhoamiData } from '../../../shared/schemas/api/identity';
import { mineData, type MineData } from '../../../shared/schemas/api/progress';
import type { CallerIdentity } from '../../_core/ports/caller-identity';
import type { LocalFunction } from '../routes/functions';
import { sessionTokenFromCookie, type SessionBook } from '../sessions';

/** What 首页 asks first, answered here for the page itself. */
export interface HomeAnswers { whoami: WhoamiData | null; mine: MineData | null }

export interface HomeAnswerDeps<D> {
  sessions: SessionBook;
  identity: LocalFunction<D>;
  progress: LocalFunction<D>;
  depsFor: (identity: CallerIdentity) => D;
}

/** Data of an `{ok:true,data}` envelope that passes `schema`, else null (an error answer is no answer here). */
function dataOf<S extends z.ZodType>(envelope: unknown, schema: S): z.infer<S> | null {
  const parsed = resultSchema(schema).safeParse(envelope);
  if (!parsed.success || !('data' in parsed.data)) return null;
  return parsed.data.data as z.infer<S>;
}

/**
 * identity.whoami and, for a teacher, progress.mine — through the same
 * functions, validation and identity rule as `POST /api/fn/:name`, the caller
 * being the cookie's session. Anything amiss (no cookie, a closed session, an
 * error answer) gives no answers: the page then only says it is opening, and
 * the app asks as usual.
 */
export async function homeAnswers<D>(cookieHeader: string | undefined, deps: HomeAnswerDeps<D>): Promise<HomeAnswers> {
  const none = { whoami: null, mine: null };
  const token = sessionTokenFromCookie(cookieHeader);
  const openid = token ? await deps.sessions.resolve(token) : null;
  if (!openid) return none;
  const caller = deps.depsFor({ openid: () => openid });
  const whoami = dataOf(await deps.identity({ action: 'whoami' }, caller), whoamiData);
  if (!whoami?.bound) return none;
  if (!whoami.roles.some((r) => r.role === 'teacher')) return { whoami, mine: null };
  const mine = dataOf(await deps.progress({ action: 'mine' }, caller), mineData);
  return { whoami, mine };
}
