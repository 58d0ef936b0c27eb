/** Contract: find/count with every operator, ordering, skip/limit and paging past 1000 rows. */
import type { StoredDoc } from '../../../cloudfunctions/_core/ports/document-store';
import { describeCrudContract } from './document-store-crud.contract';
import { CT, type ContractContext } from './document-store.contract';

const ids = (docs: StoredDoc[]) => docs.map((d) => d._id);
const sortedIds = (docs: StoredDoc[]) => ids(docs).sort();

/** Six records covering types, missing fields and nested values. */
const SAMPLE: StoredDoc[] = [
  { _id: 'a', school: 's1', status: 'pending', hours: 3, on: true, at: '2025-01-10', meta: { level: 'county' } },
  { _id: 'b', school: 's1', status: 'approved', hours: 12, on: false, at: '2025-03-01', meta: { level: 'school' } },
  { _id: 'c', school: 's2', status: 'approved', hours: 1.5, on: true, at: '2024-12-31', meta: { level: 'county' } },
  { _id: 'd', school: 's2', status: 'returned', hours: '3', at: '2025-06-30', meta: null },
  { _id: 'e', school: 's3', status: 'pending', hours: 0, on: null, at: '2025-02-14' },
  { _id: 'f', school: 's1', status: 'approved', hours: 1, on: 1, at: '2026-01-01' },
];

export function describeQueryContract(ctx: ContractContext): void {
  const t = () => ctx.options.timeoutMs;
  const seed = async () => { for (const doc of SAMPLE) await ctx.store.set(CT.items, doc); };
  const find = (filter: Parameters<typeof ctx.store.find>[1], opts?: Parameters<typeof ctx.store.find>[2]) =>
    ctx.store.find(CT.items, filter, opts);

  describeCrudContract(ctx);

  describe('find and count', () => {
    it('an empty or never-written collection finds nothing and counts 0', async () => {
      expect(await ctx.store.find('ct_never_written', {})).toEqual([]);
      expect(await ctx.store.count('ct_never_written', {})).toBe(0);
    }, t());

    it('equality is type-strict: 1, "1" and true are different', async () => {
      await seed();
      expect(sortedIds(await find({ hours: 3 }))).toEqual(['a']);
      expect(sortedIds(await find({ hours: '3' }))).toEqual(['d']);
      expect(sortedIds(await find({ on: true }))).toEqual(['a', 'c']);
      expect(sortedIds(await find({ on: 1 }))).toEqual(['f']);
      expect(sortedIds(await find({ on: false }))).toEqual(['b']);
    }, t());

    it('equality with null matches null and missing fields', async () => {
      await seed();
      expect(sortedIds(await find({ on: null }))).toEqual(['d', 'e']);
      expect(sortedIds(await find({ meta: null }))).toEqual(['d', 'e', 'f']);
    }, t());

    it('filters on dotted paths and on _id, and ANDs several fields', async () => {
      await seed();
      expect(sortedIds(await find({ 'meta.level': 'county' }))).toEqual(['a', 'c']);
      expect(sortedIds(await find({ _id: 'c' }))).toEqual(['c']);
      expect(sortedIds(await find({ school: 's1', status: 'approved' }))).toEqual(['b', 'f']);
      expect(await ctx.store.count(CT.items, { school: 's1', status: 'approved' })).toBe(2);
    }, t());

    it('in matches any listed value, type-strictly; an empty list matches nothing', async () => {
      await seed();
      expect(sortedIds(await find({ status: { in: ['pending', 'returned'] } }))).toEqual(['a', 'd', 'e']);
      expect(sortedIds(await find({ hours: { in: [3, 12] } }))).toEqual(['a', 'b']);
      expect(sortedIds(await find({ _id: { in: ['a', 'f', 'zz'] } }))).toEqual(['a', 'f']);
      expect(await find({ status: { in: [] } })).toEqual([]);
    }, t());

    it('ranges compare numbers with numbers and strings with strings', async () => {
      await seed();
      expect(sortedIds(await find({ hours: { gte: 3 } }))).toEqual(['a', 'b']);
      expect(sortedIds(await find({ hours: { gt: 0, lt: 3 } }))).toEqual(['c', 'f']);
      expect(sortedIds(await find({ hours: { lte: 1 } }))).toEqual(['e', 'f']);
      expect(sortedIds(await find({ at: { gte: '2025-01-01', lt: '2026-01-01' } }))).toEqual(['a', 'b', 'd', 'e']);
      expect(await ctx.store.count(CT.items, { at: { lt: '2025-01-01' } })).toBe(1);
    }, t());

    it('neq excludes the value and keeps documents missing the field', async () => {
      await seed();
      expect(sortedIds(await find({ status: { neq: 'approved' } }))).toEqual(['a', 'd', 'e']);
      expect(sortedIds(await find({ on: { neq: true } }))).toEqual(['b', 'd', 'e', 'f']);
      expect(sortedIds(await find({ on: { neq: null } }))).toEqual(['a', 'b', 'c', 'f']);
    }, t());

    it('orders by fields (asc/desc, several keys) with _id as the tie-breaker', async () => {
      await seed();
      expect(ids(await find({}))).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
      expect(ids(await find({ status: 'approved' }, { orderBy: [{ field: 'hours', direction: 'desc' }] }))).toEqual(['b', 'c', 'f']);
      expect(ids(await find({}, { orderBy: [{ field: 'school', direction: 'desc' }, { field: 'at', direction: 'asc' }] })))
        .toEqual(['e', 'c', 'd', 'a', 'b', 'f']);
      expect(ids(await find({}, { orderBy: [{ field: 'school', direction: 'asc' }] }))).toEqual(['a', 'b', 'f', 'c', 'd', 'e']);
    }, t());

    it('skip and limit cut the ordered result', async () => {
      await seed();
      const opts = { orderBy: [{ field: 'at', direction: 'asc' as const }] };
      expect(ids(await find({}, { ...opts, limit: 2 }))).toEqual(['c', 'a']);
      expect(ids(await find({}, { ...opts, skip: 2, limit: 3 }))).toEqual(['e', 'b', 'd']);
      expect(ids(await find({}, { ...opts, skip: 5 }))).toEqual(['f']);
      expect(await find({}, { ...opts, skip: 6 })).toEqual([]);
      expect(await find({}, { limit: 0 })).toEqual([]);
    }, t());
  });

  describe('paging past the 1000-row page limit', () => {
    it('find returns every row, slices exactly, and count agrees', async () => {
      const n = ctx.options.pagingDocs;
      const pad = (i: number) => `p${String(i).padStart(5, '0')}`;
      for (let start = 0; start < n; start += 25) {
        await ctx.store.transaction(async (tx) => {
          for (let i = start; i < Math.min(n, start + 25); i += 1) {
            await tx.add(CT.items, { _id: pad(i), i, odd: i % 2 === 1 });
          }
        });
      }
      const all = await ctx.store.find<StoredDoc & { i: number }>(CT.items, {});
      expect(all).toHaveLength(n);
      expect(all.map((d) => d.i)).toEqual(Array.from({ length: n }, (_, i) => i));
      const slice = await ctx.store.find<StoredDoc & { i: number }>(CT.items, {}, { skip: 900, limit: 1200 });
      expect(slice.map((d) => d.i)).toEqual(Array.from({ length: Math.max(0, Math.min(1200, n - 900)) }, (_, k) => 900 + k));
      const desc = await ctx.store.find<StoredDoc & { i: number }>(CT.items, { odd: true }, { orderBy: [{ field: 'i', direction: 'desc' }] });
      expect(desc).toHaveLength(Math.floor(n / 2));
      expect(desc[0]?.i).toBe(n % 2 === 0 ? n - 1 : n - 2);
      expect(await ctx.store.count(CT.items, {})).toBe(n);
      expect(await ctx.store.count(CT.items, { odd: false, i: { gte: 1000 } })).toBe(Math.ceil((n - 1000) / 2));
    }, Math.max(t(), 120_000));
  });
}
