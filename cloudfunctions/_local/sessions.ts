import { createHash, randomBytes } from 'node:crypto';
import dayjs from 'dayjs';
import type { DocumentStore, StoredDoc } from '../_core/ports/document-store';

/** Collection that holds local sign-in sessions (never exists in CloudBase). */
export const sessionCollection = 'local_sessions';

/** A stored session: the token's hash maps to the stand-in openid it signs in as. */
export interface SessionDoc extends StoredDoc {
  openid: string;
  createdAt: string;
  /** Demo person this session was opened for, when signed in through the picker. */
  personId?: string;
}

/** Sessions behind the bearer tokens of the local server. */
export interface SessionBook {
  /** Opens a session for `openid`; returns the token the client sends back. */
  open(openid: string, now: string, personId?: string): Promise<string>;
  /** The openid a token stands for, or null when the token is unknown. */
  resolve(token: string): Promise<string | null>;
  close(token: string): Promise<void>;
}

// Only the hash is stored, so a copied database file does not hand out live tokens.
const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A session lasts this long; then the client is asked to sign in again. */
export const sessionDays = 30;

/** Keeps sessions in the document store so they survive server restarts. */
export function createSessionBook(store: DocumentStore, clock: () => string = () => dayjs().toISOString()): SessionBook {
  return {
    async open(openid, now, personId) {
      const token = randomBytes(24).toString('base64url');
      const doc: SessionDoc = { _id: hashOf(token), openid, createdAt: now, ...(personId ? { personId } : {}) };
      await store.set(sessionCollection, doc);
      return token;
    },
    async resolve(token) {
      if (!/^[A-Za-z0-9_-]{16,128}$/.test(token)) return null;
      const doc = await store.get<SessionDoc>(sessionCollection, hashOf(token));
      if (!doc) return null;
      if (dayjs(doc.createdAt).add(sessionDays, 'day').isBefore(dayjs(clock()))) return null;
      return doc.openid;
    },
    async close(token) {
      await store.remove(sessionCollection, hashOf(token));
    },
  };
}

/** Reads the token out of an `Authorization: Bearer <token>` header. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/**
 * Cookie twin of the bearer token, HttpOnly and same-site (set by routes/sign-in.ts).
 * Read in two places only: `<img src="/files/…">` reaching certificate files, and the
 * app's page printing a signed-in teacher's 首页 into itself (first-paint/, decision 013).
 * The API never reads it: every call needs the bearer header.
 */
export const sessionCookie = 'tc_session';

/** The session token in a Cookie header, or null. */
export function sessionTokenFromCookie(header: string | undefined): string | null {
  const match = new RegExp(`(?:^|;\\s*)${sessionCookie}=([A-Za-z0-9_-]+)`).exec(header ?? '');
  return match?.[1] ?? null;
}
