/**
 * Reads of the summaries write only when something changed: a quiet county's
 * table costs no write at all, a change costs its own rows, its schools' totals
 * and the mark — once, not on every read in the look-back window after it.
 */
import { collections } from '../../../../../shared/schemas/domain/collections';
import type { DocumentStore, DocumentTransaction } from '../../../ports/document-store';
import { submitAs } from '../../testing/flows';
import { openWorld, type Who, type World } from '../../testing/world';
import { requirePolicyInForce } from '../../policy/policy-in-force';
import { refreshSummaries } from './refresh-summaries';

let w: World;
beforeEach(async () => { w = await openWorld(); });
afterEach(async () => { await w.close(); });

/** The world's store, with every write (set, update, add, remove; in or out of a transaction) written down. */
function countingStore(store: DocumentStore): { store: DocumentStore; writes: string[] } {
  const writes: string[] = [];
  const wrap = (tx: DocumentTransaction): DocumentTransaction => ({
    get: (c, id) => tx.get(c, id),
    set: (c, doc) => { writes.push(`set ${c}/${doc._id}`); return tx.set(c, doc); },
    update: (c, id, patch) => { writes.push(`update ${c}/${id}`); return tx.update(c, id, patch); },
    add: (c, doc) => { writes.push(`add ${c}`); return tx.add(c, doc); },
    remove: (c, id) => { writes.push(`remove ${c}/${id}`); return tx.remove(c, id); },
  });
  return {
    writes,
    store: { ...wrap(store), find: (c, f, o) => store.find(c, f, o), count: (c, f) => store.count(c, f), transaction: (work) => store.transaction((tx) => work(wrap(tx))) },
  };
}

/** One refresh of c1's 2026 summaries as a read would run it; the writes it made. */
async function refreshWrites(): Promise<string[]> {
  const counted = countingStore(w.store);
  const deps = { ...w.deps('zoe' as Who), store: counted.store };
  await refreshSummaries(deps, 'c1', 2026, await requirePolicyInForce(deps, 'c1', 2026));
  return counted.writes;
}

describe('refreshSummaries writes only when needed', () => {
  it('a read with nothing changed writes nothing; a change writes its row, and the mark once it is past the look-back', async () => {
    await w.ok('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026' }, 'zoe');
    const first = await refreshWrites();
    expect(first).toContain('set summary_marks/c1:2026'); // the first read builds everything
    expect(first.filter((x) => x.startsWith('set teacher_summaries/'))).toHaveLength(5);

    // Two hours on: one mark write moves the watermark past the seeding it was still looking back at; then quiet.
    w.now = '2026-06-01T04:00:00.000Z';
    expect(await refreshWrites()).toEqual(['set summary_marks/c1:2026']);
    expect(await refreshWrites()).toEqual([]);
    expect(await refreshWrites()).toEqual([]);

    const r = await submitAs(w, 'alice', { hours: 60 });
    const afterSubmit = await refreshWrites();
    expect(afterSubmit).toEqual(['set teacher_summaries/c1:2026:alice', 'set summary_marks/c1:2026']);
    // Still inside the look-back: the submit is found again, but nothing it changes is new.
    w.now = '2026-06-01T04:02:00.000Z';
    expect(await refreshWrites()).toEqual([]);
    // Past the look-back: one mark write moves the watermark past the submit, then quiet again.
    w.now = '2026-06-01T04:10:00.000Z';
    expect(await refreshWrites()).toEqual(['set summary_marks/c1:2026']);
    expect(await refreshWrites()).toEqual([]);

    // And the rows are right: approving shows on the next read.
    await w.ok('review', { action: 'approve', recordId: r.id, version: 1 }, 'oscar');
    await refreshWrites();
    const alice = await w.store.get<{ _id: string; pendingCount: number; shortfall: number }>(collections.teacherSummaries, 'c1:2026:alice');
    expect(alice).toMatchObject({ pendingCount: 0, shortfall: 30 * 100000 });
  });

  it('a roster edit of someone who is not a teacher writes nothing and adds no row for her', async () => {
    await w.ok('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026' }, 'zoe');
    await refreshWrites();
    w.now = '2026-06-01T04:00:00.000Z';
    await refreshWrites(); // past the seeding
    await w.store.update(collections.people, 'oscar', { subject: '数学', updatedAt: w.now }); // credit officer, no teacher role
    w.now = '2026-06-01T05:00:00.000Z';
    expect(await w.store.get(collections.teacherSummaries, 'c1:2026:oscar')).toBeNull();
    expect((await refreshWrites()).filter((x) => x.includes('teacher_summaries'))).toEqual([]);
    expect(await w.store.get(collections.teacherSummaries, 'c1:2026:oscar')).toBeNull();
    expect((await w.ok<{ items: { teacherId: string }[] }>('progress', { action: 'teachers', year: 2026, schoolId: 's1' }, 'zoe')).items.map((t) => t.teacherId)).not.toContain('oscar');
  });
});
