/**
 * Load generator for bench:api, run as its own process so it does not share
 * an event loop with the server: autocannon fires `review.approve` at the
 * local server, each request taking the next pending record (with the token
 * of that record's principal). Prints one JSON line with what it measured.
 *   node --import tsx scripts/bench/approve-load.ts <jobs.json> <baseUrl> [connections]
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

interface Job { token: string; recordId: string; version: number }

async function main(): Promise<void> {
  const [jobsFile, baseUrl, conns] = process.argv.slice(2);
  if (!jobsFile || !baseUrl) throw new Error('usage: approve-load.ts <jobs.json> <baseUrl> [connections]');
  const jobs = JSON.parse(readFileSync(jobsFile, 'utf8')) as Job[];
  let next = 0;
  let approved = 0;
  let refused = 0;
  const started = process.hrtime.bigint();
  const result = await autocannon({
    url: baseUrl,
    connections: Number(conns ?? 32),
    amount: jobs.length,
    timeout: 10,
    requests: [{
      method: 'POST',
      path: '/api/fn/review',
      setupRequest: (req) => {
        const job = jobs[next++ % jobs.length] as Job;
        return {
          ...req,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${job.token}` },
          body: JSON.stringify({ action: 'approve', recordId: job.recordId, version: job.version }),
        };
      },
      onResponse: (_status, body) => {
        if (body.startsWith('{"ok":true')) approved += 1;
        else refused += 1;
      },
    }],
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(JSON.stringify({
    sent: jobs.length, approved, refused, errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx,
    seconds, approvesPerSecond: approved / seconds, latencyP50: result.latency.p50, latencyP99: result.latency.p99,
    connections: Number(conns ?? 32),
  }));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
