/**
 * docs/deploy.md tells whoever sets up CloudBase which collections and indexes
 * to create by hand. The code's lists are the source (collections.ts,
 * indexes.ts — the local SQLite store opens with exactly those indexes); this
 * test keeps the page from drifting from them again.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { collections } from '../../../shared/schemas/domain/collections';
import { domainIndexes } from '../../../shared/schemas/domain/indexes';

const doc = readFileSync(path.join(__dirname, '../../../docs/deploy.md'), 'utf8');

/** The text of the section whose heading starts with `## <prefix>`, up to the next `## `. */
function section(prefix: string): string {
  const start = doc.indexOf(`\n## ${prefix}`);
  if (start < 0) throw new Error(`docs/deploy.md has no section "## ${prefix}"`);
  const end = doc.indexOf('\n## ', start + 1);
  return doc.slice(start, end < 0 ? undefined : end);
}

/** collection → index field lists, from the table rows `| \`coll\` | \`a, b\`；\`c\` |`. */
function documentedIndexes(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const line of section('3.').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const name = /^`([a-z_]+)`$/.exec(cells[1] ?? '')?.[1];
    if (!name || cells.length < 4) continue;
    out[name] = [...(cells[2] ?? '').matchAll(/`([^`]+)`/g)].map((m) => (m[1] as string).replace(/\s+/g, ''));
  }
  return out;
}

describe('docs/deploy.md', () => {
  it('lists every index of shared/schemas/domain/indexes.ts, and no other', () => {
    const expected = Object.fromEntries(Object.entries(domainIndexes).map(([c, list]) => [c, list.map((fields) => fields.join(','))]));
    expect(documentedIndexes()).toEqual(expected);
  });

  it('names the index source that exists, not a deleted file', () => {
    const sources = [...section('3.').matchAll(/`((?:shared|cloudfunctions)\/[^`]+\.ts)`/g)].map((m) => m[1]);
    expect(sources).toContain('shared/schemas/domain/indexes.ts');
    for (const s of sources) expect(() => readFileSync(path.join(__dirname, '../../..', s as string))).not.toThrow();
  });

  it('asks for every collection of shared/schemas/domain/collections.ts', () => {
    const listed = new Set([...section('2.').matchAll(/`([a-z_]+)`/g)].map((m) => m[1]));
    for (const name of Object.values(collections)) expect([name, listed.has(name)]).toEqual([name, true]);
  });
});
