/** Latency sampling for the API benchmark: run a call N times, report percentiles. */

export interface Latency { n: number; p50: number; p95: number; p99: number; mean: number }

/** Nearest-rank percentile of sorted values (ms). */
function rank(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

/** Summarises millisecond samples. */
export function summarise(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
  return { n: sorted.length, p50: rank(sorted, 50), p95: rank(sorted, 95), p99: rank(sorted, 99), mean };
}

/**
 * Times `call(i)` for i = 0…n-1, one after another, after `warmup` untimed
 * calls. A call that answers `{ ok: false }` aborts the run: a fast error is
 * not a fast answer.
 */
export async function sample(n: number, call: (i: number) => Promise<unknown>, warmup = 20): Promise<Latency> {
  const check = (r: unknown, i: number) => {
    if (r && typeof r === 'object' && 'ok' in r && (r as { ok: unknown }).ok === false) {
      throw new Error(`call ${i} failed: ${JSON.stringify((r as { error?: unknown }).error)}`);
    }
  };
  for (let i = 0; i < warmup; i += 1) check(await call(n + i), n + i);
  const out: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const t = process.hrtime.bigint();
    const r = await call(i);
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
    check(r, i);
  }
  return summarise(out);
}

/** One printed line: `label  p50  p95  p99  (n)`. */
export function line(label: string, l: Latency, note = ''): string {
  const f = (x: number) => `${x.toFixed(2).padStart(8)} ms`;
  return `${label.padEnd(38)}${f(l.p50)}${f(l.p95)}${f(l.p99)}   n=${l.n}${note ? `  ${note}` : ''}`;
}
