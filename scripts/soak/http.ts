/** A minimal client for the soak: one POST, bounded by a timeout, classified. */

export interface Envelope { ok: boolean; data?: unknown; error?: { code: string; message: string } }
export interface CallResult { status: number; body: Envelope | null; ms: number; network: boolean }

/** POSTs JSON (or a raw string) to `url + route`; a network failure or timeout is `network: true`, never thrown. */
export async function post(url: string, route: string, body: unknown, token?: string, raw = false): Promise<CallResult> {
  const started = performance.now();
  try {
    const res = await fetch(`${url}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: raw ? (body as string) : JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await res.text();
    let parsed: Envelope | null = null;
    try { parsed = JSON.parse(text) as Envelope; } catch { parsed = null; }
    return { status: res.status, body: parsed, ms: performance.now() - started, network: false };
  } catch {
    return { status: 0, body: null, ms: performance.now() - started, network: true };
  }
}

/** Signs in through the demo picker (loopback only) and returns name → token. */
export async function signInAll(url: string): Promise<Map<string, { token: string; personId: string }>> {
  const res = await fetch(`${url}/local/demo-people`);
  const people = ((await res.json()) as { data: { people: { personId: string; name: string }[] } }).data.people;
  const out = new Map<string, { token: string; personId: string }>();
  for (const p of people) {
    const signed = await post(url, '/local/sign-in', { personId: p.personId });
    if (!signed.body?.ok) throw new Error(`sign-in ${p.name} failed`);
    out.set(p.name, { token: (signed.body.data as { token: string }).token, personId: p.personId });
  }
  return out;
}

/** Percentile of a list of numbers (0..100). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}
