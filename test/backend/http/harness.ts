/**
 * HTTP test harness: a real local server on a random loopback port with a temp
 * data folder, plus helpers to call it like the H5 client does. Test-only.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { collections } from '../../../shared/schemas/domain/collections';
import { createLocalServer, type LocalServer, type LocalServerOptions } from '../../../cloudfunctions/_local/server';
import type { CertificateReader } from '../../../cloudfunctions/_core/ports/certificate-reader';
import { scriptedReader } from '../reader/scripted-reader';
import { runSeed, seedMarkerCollection, type SeedOutcome } from '../../../cloudfunctions/_local/seed';
import { demoPeopleCollection } from '../../../cloudfunctions/_local/demo-people';

// Seeding decodes and re-encodes the demo photos with sharp (docs/uploads.md): on a loaded
// 2-core machine a seeded server takes several seconds, more than jest's 5 s hook default.
jest.setTimeout(60_000);

/** What a request body may be (Node's fetch). */
type RequestBody = string | Uint8Array | undefined;

/** The instant the test server believes it is (a Sunday in late November 2026, Beijing afternoon). */
export const TEST_NOW = '2026-11-22T06:00:00.000Z';

export interface Envelope { ok: boolean; data?: unknown; error?: { code: string; message: string } }
export interface Reply<T = Envelope> { status: number; body: T; headers: Headers }

export interface Harness {
  url: string;
  dataDir: string;
  server: LocalServer;
  seed: SeedOutcome | null;
  /** POST JSON (or a raw string when `raw` is set) with an optional bearer token. */
  post(route: string, body: unknown, token?: string | null, init?: { raw?: boolean; contentType?: string }): Promise<Reply>;
  get(route: string, token?: string | null, headers?: Record<string, string>): Promise<Reply<unknown> & { text: string }>;
  /** `POST /api/fn/<name>` with the event as body. */
  fn(name: string, event: Record<string, unknown>, token?: string | null): Promise<Envelope>;
  /** Signs in through the demo picker; returns the bearer token. */
  signIn(personId: string): Promise<string>;
  /** Every document of every product collection, plus the file list: equal snapshots = nothing written. */
  snapshot(): Promise<string>;
  close(): Promise<void>;
}

/** Collections whose content must not change on a refused call (sessions excluded: sign-in writes them). */
// Derived caches are left out: an allowed read (progress.county/teachers) may bring the
// materialised teacher summaries up to date (decision 011). That refusals write none of them
// is checked in cloudfunctions/_core/use-cases/progress/summaries/summaries.test.ts.
const derived = new Set<string>([collections.teacherSummaries, collections.summaryMarks]);
const watched = [...Object.values(collections).filter((c) => !derived.has(c)), demoPeopleCollection, seedMarkerCollection];

function listFiles(dir: string, prefix = ''): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((n) => {
    const full = path.join(dir, n);
    return statSync(full).isDirectory() ? listFiles(full, `${prefix}${n}/`) : [`${prefix}${n}:${statSync(full).size}`];
  }).sort();
}

/** Starts a server (seeded with the demo county unless `seed: false`), its clock at `now` (default TEST_NOW). */
export async function startHarness(opts: { seed?: boolean; clientDir?: string; now?: string; reader?: CertificateReader } & Pick<LocalServerOptions, 'limits' | 'demoPicker'> = {}): Promise<Harness> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'credits-http-'));
  const clientDir = opts.clientDir ?? path.join(dataDir, 'no-client-build');
  const now = opts.now ?? TEST_NOW;
  // A scripted reader unless a test asks for the real one: the OCR model is warmed up only where it is tested.
  const reader = opts.reader ?? scriptedReader();
  const server = await createLocalServer({ dataDir, port: 0, host: '127.0.0.1', clientDir, clock: () => now, limits: opts.limits, demoPicker: opts.demoPicker, reader });
  const seed = opts.seed === false ? null : await runSeed(server.store, server.files, now);
  const url = await server.listen();

  async function request(method: string, route: string, body: RequestBody | undefined, headers: Record<string, string>) {
    const res = await fetch(`${url}${route}`, { method, body, headers });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON (HTML page, file bytes): keep the text
    }
    return { status: res.status, body: parsed, headers: res.headers, text };
  }
  const auth = (token?: string | null): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});

  const harness: Harness = {
    url, dataDir, server, seed,
    async post(route, body, token, init = {}) {
      const payload = init.raw ? (body as string | Uint8Array) : JSON.stringify(body);
      const contentType = init.contentType ?? 'application/json';
      return request('POST', route, payload, { 'content-type': contentType, ...auth(token) }) as Promise<Reply>;
    },
    get: (route, token, headers = {}) => request('GET', route, undefined, { ...auth(token), ...headers }),
    async fn(name, event, token) {
      return (await harness.post(`/api/fn/${name}`, event, token)).body;
    },
    async signIn(personId) {
      const res = await harness.post('/local/sign-in', { personId });
      if (!res.body.ok) throw new Error(`sign-in failed for ${personId}: ${JSON.stringify(res.body)}`);
      return (res.body.data as { token: string }).token;
    },
    async snapshot() {
      const parts: string[] = [];
      for (const c of watched) {
        const docs = await server.store.find(c, {}, { orderBy: [{ field: '_id', direction: 'asc' }] });
        parts.push(`${c}:${JSON.stringify(docs)}`);
      }
      parts.push(`files:${listFiles(path.join(dataDir, 'files')).join(',')}`);
      return parts.join('\n');
    },
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return harness;
}
