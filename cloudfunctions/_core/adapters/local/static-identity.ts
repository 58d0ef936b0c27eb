/**
 * Local CallerIdentity: the local HTTP server resolves the bearer token to a
 * stand-in openid and builds one of these per request (tests use it directly).
 */
import type { CallerIdentity } from '../../ports/caller-identity';

/** An identity that always reports `openid` (null = not signed in). */
export function createStaticIdentity(openid: string | null): CallerIdentity {
  return { openid: () => openid };
}
