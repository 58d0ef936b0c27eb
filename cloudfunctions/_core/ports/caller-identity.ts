/**
 * Who is calling. In CloudBase the platform injects OPENID into the function;
 * locally the HTTP server maps a session cookie/token to a stand-in openid.
 * Never read from the event body.
 */
export interface CallerIdentity {
  /** null when the caller has no platform identity at all. */
  openid(): string | null;
}
