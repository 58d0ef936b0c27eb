/**
 * What the local server refuses cheaply, before any sign-in check or parse
 * (issue 6, docs/security.md "限额"). One object so tests can shrink them.
 */
export interface ServerLimits {
  /** Whole request (headers + body) must arrive within this; slow bodies are cut with 408. */
  requestTimeoutMs: number;
  /** Headers must arrive within this (≤ requestTimeoutMs). */
  headersTimeoutMs: number;
  /** An idle socket (no bytes either way) is closed after this. */
  idleTimeoutMs: number;
  /** Largest JSON body in bytes. */
  jsonBodyBytes: number;
  /** Deepest nesting of `{`/`[` a JSON body may have. */
  jsonMaxDepth: number;
  /** Most members (object keys + array items) a JSON body may have. */
  jsonMaxMembers: number;
  /** Open sockets one IP address may hold; the next is closed at once. */
  connectionsPerIp: number;
  /** Requests one IP address may have in flight; the next gets 429 in the envelope. */
  inFlightPerIp: number;
  /** How often Node checks request/header timeouts. */
  timeoutCheckMs: number;
}

/**
 * Defaults sized for the real users: a 5 MB certificate on a slow rural 3G
 * link (~1 Mbit/s) takes ~40 s, so a request may take 60 s; a school behind
 * one NAT address has a few dozen teachers, each with a handful of sockets.
 * The largest legitimate event (a 500-row roster import) has ~6,000 members
 * and depth 4.
 */
export const defaultServerLimits: ServerLimits = {
  requestTimeoutMs: 60_000,
  headersTimeoutMs: 15_000,
  idleTimeoutMs: 30_000,
  jsonBodyBytes: 2 * 1024 * 1024,
  jsonMaxDepth: 32,
  jsonMaxMembers: 50_000,
  connectionsPerIp: 256,
  inFlightPerIp: 64,
  timeoutCheckMs: 1_000,
};
