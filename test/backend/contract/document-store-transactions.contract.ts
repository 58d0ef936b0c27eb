/** Contract: transactions commit whole, roll back whole, read their own writes, and serialize. */
import type { StoredDoc } from '../../../cloudfunctions/_core/ports/document-store';
import { CT, type ContractContext } from './document-store.contract';

type Counter = StoredDoc & { n: number };

export function describeTransactionContract(ctx: ContractContext): void {
  const t = () => ctx.options.timeoutMs;

  describe('transactions', () => {
    it('commits every write and returns the work result', async () => {
      await ctx.store.set(CT.items, { _id: 'old', v: 1 });
      const result = await ctx.store.transaction(async (tx) => {
        await tx.set(CT.items, { _id: 'x', v: 1 });
        await tx.update(CT.items, 'old', { v: 2 });
        const added = await tx.add(CT.other, { from: 'tx' });
        await tx.remove(CT.items, 'gone-anyway');
        return { added };
      });
      expect(typeof result.added).toBe('string');
      expect(await ctx.store.get(CT.items, 'x')).toEqual({ _id: 'x', v: 1 });
      expect(await ctx.store.get(CT.items, 'old')).toEqual({ _id: 'old', v: 2 });
      expect(await ctx.store.get(CT.other, result.added)).toEqual({ _id: result.added, from: 'tx' });
    }, t());

    it('a throw inside work leaves nothing written and rethrows the same error', async () => {
      await ctx.store.set(CT.items, { _id: 'keep', v: 1 });
      await ctx.store.set(CT.items, { _id: 'victim', v: 1 });
      const boom = new Error('boom');
      await expect(ctx.store.transaction(async (tx) => {
        await tx.add(CT.items, { _id: 'new-one', v: 1 });
        await tx.set(CT.other, { _id: 'y', v: 1 });
        await tx.update(CT.items, 'keep', { v: 99 });
        await tx.remove(CT.items, 'victim');
        throw boom;
      })).rejects.toBe(boom);
      expect(await ctx.store.get(CT.items, 'new-one')).toBeNull();
      expect(await ctx.store.get(CT.other, 'y')).toBeNull();
      expect(await ctx.store.get(CT.items, 'keep')).toEqual({ _id: 'keep', v: 1 });
      expect(await ctx.store.get(CT.items, 'victim')).toEqual({ _id: 'victim', v: 1 });
    }, t());

    it('a failing store operation inside work rolls back the earlier writes', async () => {
      await ctx.store.set(CT.items, { _id: 'dup', v: 1 });
      await expect(ctx.store.transaction(async (tx) => {
        await tx.set(CT.items, { _id: 'before', v: 1 });
        await tx.add(CT.items, { _id: 'dup', v: 2 });
      })).rejects.toMatchObject({ code: 'DUPLICATE_ID' });
      expect(await ctx.store.get(CT.items, 'before')).toBeNull();
      expect(await ctx.store.get(CT.items, 'dup')).toEqual({ _id: 'dup', v: 1 });
    }, t());

    it('reads its own writes inside the transaction', async () => {
      const seen = await ctx.store.transaction(async (tx) => {
        const id = await tx.add(CT.items, { v: 1 });
        const afterAdd = await tx.get(CT.items, id);
        await tx.update(CT.items, id, { v: 2 });
        const afterUpdate = await tx.get(CT.items, id);
        await tx.remove(CT.items, id);
        const afterRemove = await tx.get(CT.items, id);
        return { id, afterAdd, afterUpdate, afterRemove };
      });
      expect(seen.afterAdd).toEqual({ _id: seen.id, v: 1 });
      expect(seen.afterUpdate).toEqual({ _id: seen.id, v: 2 });
      expect(seen.afterRemove).toBeNull();
      expect(await ctx.store.get(CT.items, seen.id)).toBeNull();
    }, t());

    it('concurrent read-modify-write transactions never lose an update', async () => {
      const runs = 50;
      await ctx.store.set(CT.counters, { _id: 'c', n: 0 });
      const outcomes = await Promise.allSettled(Array.from({ length: runs }, () => ctx.store.transaction(async (tx) => {
        const current = await tx.get<Counter>(CT.counters, 'c');
        // Yield between read and write so that unserialized transactions would interleave.
        await new Promise((resolve) => setTimeout(resolve, 1));
        await tx.update(CT.counters, 'c', { n: (current?.n ?? 0) + 1 });
      })));
      const committed = outcomes.filter((o) => o.status === 'fulfilled').length;
      const final = await ctx.store.get<Counter>(CT.counters, 'c');
      expect(final?.n).toBe(committed);
      if (ctx.options.allConcurrentTransactionsCommit) expect(committed).toBe(runs);
      else expect(committed).toBeGreaterThan(0);
    }, Math.max(t(), 60_000));

    it('plain writes issued while a transaction runs are not swept into its rollback', async () => {
      let release!: () => void;
      let entered!: () => void;
      const gate = new Promise<void>((resolve) => { release = resolve; });
      const inside = new Promise<void>((resolve) => { entered = resolve; });
      const failing = ctx.store.transaction(async (tx) => {
        await tx.set(CT.items, { _id: 'in-tx', v: 1 });
        entered();
        await gate;
        throw new Error('rollback');
      });
      await inside;
      // Issued while the transaction is open and has written.
      const outside = ctx.store.set(CT.items, { _id: 'outside', v: 1 });
      setTimeout(release, 20);
      await expect(failing).rejects.toThrow('rollback');
      await outside;
      expect(await ctx.store.get(CT.items, 'in-tx')).toBeNull();
      expect(await ctx.store.get(CT.items, 'outside')).toEqual({ _id: 'outside', v: 1 });
    }, t());
  });
}
