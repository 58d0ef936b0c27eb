import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getPolicy, listPolicies } from './index';

/**
 * Every rule's `source` must quote its county document: each fragment between
 * "……" must appear in the document (whitespace and full/half-width commas and
 * brackets ignored). The documents live outside the repository; without them
 * (e.g. a fresh clone) the check is skipped.
 */
const seeds = process.env.SEEDS_DIR ?? '/work/shared/seeds';
const norm = (s: string) => s.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）').replace(/,/g, '，');

function sources(x: unknown, path: string, out: [string, string][]): [string, string][] {
  if (Array.isArray(x)) x.forEach((v, i) => sources(v, `${path}[${i}]`, out));
  else if (x && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) {
      if (k === 'source' && typeof v === 'string') out.push([`${path}.source`, v]);
      else sources(v, `${path}.${k}`, out);
    }
  }
  return out;
}

(existsSync(seeds) ? describe : describe.skip)('policy sources quote the documents', () => {
  it.each(listPolicies().map((p) => p.id))('%s', (id) => {
    const policy = getPolicy(id);
    if (!policy?.source.file) throw new Error(`${id} names no source file`);
    const doc = norm(readFileSync(join(seeds, policy.source.file), 'utf8'));
    const missing = sources(policy, id, [])
      .flatMap(([path, s]) => s.split(/……|…/).map((frag) => [path, frag] as const))
      .filter(([, frag]) => norm(frag).length >= 2 && !doc.includes(norm(frag)));
    expect(missing).toEqual([]);
  });
});
