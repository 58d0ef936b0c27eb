import dayjs from 'dayjs';
import type { DocumentStore } from '../../_core/ports/document-store';
import type { FileStore } from '../../_core/ports/file-store';
import { collections } from '../../../shared/schemas/domain/collections';
import { runSeed, seedMarkerCollection, type SeedOutcome } from './run-seed';

export { runSeed, seedMarkerCollection, type SeedOutcome };

const statusWords: Record<string, string> = {
  submitted: '待审核', returned: '已退回', resubmitted: '重新提交待审核', approved: '已通过', withdrawn: '已撤回',
};

/** One line describing what the seed wrote. */
export function describeSeed(outcome: SeedOutcome): string {
  const total = Object.values(outcome.records).reduce((a, b) => a + b, 0);
  const parts = Object.entries(outcome.records).map(([s, n]) => `${statusWords[s] ?? s} ${n}`);
  return `通榆县 ${outcome.year} 年度：2 所学校、${outcome.people} 人、${total} 条学时记录（${parts.join('，')}）`;
}

/**
 * Seeds the demo county into an empty database. Returns null when data is
 * already there (kept across restarts). A database with people but no seed
 * marker is a seed that failed half-way: say so rather than guess.
 */
export async function seedIfEmpty(store: DocumentStore, files: FileStore): Promise<{ summary: string } | null> {
  if ((await store.count(seedMarkerCollection, {})) > 0) return null;
  if ((await store.count(collections.counties, {})) > 0) {
    const people = await store.count(collections.people, {});
    if (people > 0) return null; // real data entered by hand: leave it alone
  }
  const outcome = await runSeed(store, files, dayjs().toISOString());
  return { summary: describeSeed(outcome) };
}
