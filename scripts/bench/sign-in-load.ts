/**
 * Load generator for bench:sign-in, its own process so it does not share an event
 * loop with the server: every teacher's token signs in once over HTTP with at most
 * `concurrency` requests in flight; the organiser's token asks for a fresh code every
 * 50 s (codes live 120 s). Bounded: one request per teacher, 10 s per request, the
 * whole run stops after 120 s. Prints one JSON line.
 *   node --import tsx scripts/bench/sign-in-load.ts <jobs.json> <baseUrl>
 */
import { readFileSync } from 'node:fs';
import { summarise } from './latency';

export interface SignInJobs { tokens: string[]; organiserToken: string; sessionId: string; code: string; concurrency: number }

async function post(url: string, token: string, body: unknown, signal: AbortSignal): Promise<{ ok: boolean; data?: { replayed?: boolean }; error?: { code: string } }> {
  const res = await fetch(`${url}/api/fn/training`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body), signal,
  });
  return res.json() as Promise<{ ok: boolean; data?: { replayed?: boolean }; error?: { code: string } }>;
}

async function main(): Promise<void> {
  const [jobsFile, url] = process.argv.slice(2);
  if (!jobsFile || !url) throw new Error('usage: sign-in-load.ts <jobs.json> <baseUrl>');
  const jobs = JSON.parse(readFileSync(jobsFile, 'utf8')) as SignInJobs;
  let code = jobs.code;
  const stopAt = Date.now() + 120_000;
  const refresh = setInterval(() => {
    void post(url, jobs.organiserToken, { action: 'code', sessionId: jobs.sessionId }, AbortSignal.timeout(10_000))
      .then((r) => { const c = (r.data as { code?: string } | undefined)?.code; if (c) code = c; }, () => undefined);
  }, 50_000);
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  let first = 0;
  let replayed = 0;
  let next = 0;
  const started = process.hrtime.bigint();
  const worker = async () => {
    while (next < jobs.tokens.length && Date.now() < stopAt) {
      const token = jobs.tokens[next++] as string;
      const t = process.hrtime.bigint();
      try {
        const r = await post(url, token, { action: 'sign-in', code }, AbortSignal.timeout(10_000));
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
        if (r.ok && r.data?.replayed) replayed += 1;
        else if (r.ok) first += 1;
        else errors[r.error?.code ?? 'UNKNOWN'] = (errors[r.error?.code ?? 'UNKNOWN'] ?? 0) + 1;
      } catch (err) {
        const name = (err as Error).name === 'TimeoutError' ? 'TIMEOUT' : 'NETWORK';
        errors[name] = (errors[name] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs.concurrency) }, worker));
  clearInterval(refresh);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const l = summarise(latencies);
  console.log(JSON.stringify({ sent: latencies.length + Object.values(errors).reduce((a, b) => a + b, 0), first, replayed, errors, seconds, p50: l.p50, p95: l.p95, p99: l.p99 }));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
