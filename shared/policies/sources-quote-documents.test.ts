import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getPolicy, listPolicies } from './index';
import { locateQuote } from './source-paragraph';

/**
 * Every rule's `source` must quote its county document, which ships in the
 * repository (`source.file`, relative to the repository root): each fragment
 * between "……" must appear in it (whitespace and full/half-width commas and
 * brackets ignored). Always runs: the documents are part of the repository.
 */
const repoRoot = join(__dirname, '..', '..');

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

describe('policy sources quote the documents', () => {
  it.each(listPolicies().map((p) => p.id))('%s', (id) => {
    const policy = getPolicy(id);
    expect(policy?.source.file).toBe(`shared/policies/sources/${id}.txt`);
    const doc = readFileSync(join(repoRoot, policy?.source.file ?? ''), 'utf8');
    const quoted = sources(policy, id, []);
    expect(quoted.length).toBeGreaterThan(5);
    const missing = quoted.filter(([, s]) => locateQuote(doc, s) === null).map(([path]) => path);
    expect(missing).toEqual([]);
  });

  it('finds nothing for a sentence the document does not contain', () => {
    const doc = readFileSync(join(repoRoot, 'shared/policies/sources/tongyu-2026.txt'), 'utf8');
    expect(locateQuote(doc, '年度总学分120分为达标')).toBeNull();
    expect(locateQuote(doc, '年度总学分90分为达标。……每年度不少于九个专题')).toBeNull();
  });
});
