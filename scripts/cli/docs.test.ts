/**
 * docs/cli.md is the administrator's manual: every header, alias and value the
 * importer accepts, every option and every exit code must be in it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  columnDefinitions, contentVocabulary, formVocabulary, ignoredHeaders, importIssueCodes, levelVocabulary,
  locationVocabulary, roleVocabulary, statusVocabulary, trackVocabulary,
} from '../../shared/import';
import { listPolicies } from '../../shared/policies';
import { exitCodes } from './main';
import { usage } from './usage';

const doc = readFileSync(join(__dirname, '../../docs/cli.md'), 'utf8');

describe('docs/cli.md', () => {
  it('lists every column header and alias', () => {
    const missing = columnDefinitions.flatMap((d) => [d.header, ...d.aliases]).filter((h) => !doc.includes(h));
    expect(missing).toEqual([]);
    expect(ignoredHeaders.filter((h) => !doc.includes(h))).toEqual([]);
  });

  it('lists every vocabulary value and alias', () => {
    const vocabularies = [formVocabulary, levelVocabulary, locationVocabulary, contentVocabulary, trackVocabulary, roleVocabulary, statusVocabulary];
    const words = vocabularies.flatMap((v) => [...v.values, ...Object.keys(v.aliases)]);
    expect(words.filter((w) => !doc.includes(w))).toEqual([]);
  });

  it('documents every option, policy id, error code and exit code', () => {
    const options = usage.match(/--[a-z-]+/g) ?? [];
    expect(options.length).toBeGreaterThan(5);
    expect(options.filter((o) => !doc.includes(`\`${o}`))).toEqual([]);
    expect(listPolicies().map((p) => p.id).filter((id) => !doc.includes(id))).toEqual([]);
    expect(importIssueCodes.filter((c) => !doc.includes(c))).toEqual([]);
    expect(Object.values(exitCodes).filter((c) => !doc.includes(`| ${c} |`))).toEqual([]);
  });
});
