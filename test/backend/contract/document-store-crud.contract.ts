/** Contract: single-document operations (add/get/set/update/remove) and input checks. */
import { CT, type ContractContext } from './document-store.contract';

export function describeCrudContract(ctx: ContractContext): void {
  const t = () => ctx.options.timeoutMs;

  describe('single documents', () => {
    it('add assigns a fresh string id and get returns the document with it', async () => {
      const a = await ctx.store.add(CT.items, { title: 'one', hours: 3 });
      const b = await ctx.store.add(CT.items, { title: 'two', hours: 4 });
      expect(typeof a).toBe('string');
      expect(a).not.toBe(b);
      expect(await ctx.store.get(CT.items, a)).toEqual({ _id: a, title: 'one', hours: 3 });
    }, t());

    it('add keeps a given _id and refuses a duplicate with DUPLICATE_ID', async () => {
      expect(await ctx.store.add(CT.items, { _id: 'fixed-1', v: 1 })).toBe('fixed-1');
      await expect(ctx.store.add(CT.items, { _id: 'fixed-1', v: 2 })).rejects.toMatchObject({ code: 'DUPLICATE_ID' });
      expect(await ctx.store.get(CT.items, 'fixed-1')).toEqual({ _id: 'fixed-1', v: 1 });
    }, t());

    it('get returns null for a missing id', async () => {
      expect(await ctx.store.get(CT.items, 'no-such-id')).toBeNull();
    }, t());

    it('set creates, then replaces the whole document', async () => {
      await ctx.store.set(CT.items, { _id: 's1', a: 1, b: { c: 2 } });
      expect(await ctx.store.get(CT.items, 's1')).toEqual({ _id: 's1', a: 1, b: { c: 2 } });
      await ctx.store.set(CT.items, { _id: 's1', z: true });
      expect(await ctx.store.get(CT.items, 's1')).toEqual({ _id: 's1', z: true });
    }, t());

    it('update replaces top-level fields whole and keeps the others', async () => {
      await ctx.store.set(CT.items, { _id: 'u1', keep: 'x', nested: { a: 1, b: 2 }, list: [1, 2, 3] });
      await ctx.store.update(CT.items, 'u1', { nested: { a: 9 }, list: [7], added: null });
      expect(await ctx.store.get(CT.items, 'u1')).toEqual({ _id: 'u1', keep: 'x', nested: { a: 9 }, list: [7], added: null });
    }, t());

    it('update of a missing document does nothing', async () => {
      await ctx.store.update(CT.items, 'ghost', { a: 1 });
      expect(await ctx.store.get(CT.items, 'ghost')).toBeNull();
      expect(await ctx.store.count(CT.items, {})).toBe(0);
    }, t());

    it('update cannot change _id', async () => {
      await ctx.store.set(CT.items, { _id: 'u2', a: 1 });
      await expect(ctx.store.update(CT.items, 'u2', { _id: 'other' })).rejects.toMatchObject({ code: 'INVALID_DOCUMENT' });
      expect(await ctx.store.get(CT.items, 'u2')).toEqual({ _id: 'u2', a: 1 });
    }, t());

    it('remove deletes, and removing a missing id is a no-op', async () => {
      await ctx.store.set(CT.items, { _id: 'r1', a: 1 });
      await ctx.store.remove(CT.items, 'r1');
      await ctx.store.remove(CT.items, 'r1');
      expect(await ctx.store.get(CT.items, 'r1')).toBeNull();
    }, t());

    it('returns copies: mutating a result does not change the store', async () => {
      await ctx.store.set(CT.items, { _id: 'c1', tags: ['a'] });
      const doc = await ctx.store.get<{ _id: string; tags: string[] }>(CT.items, 'c1');
      doc?.tags.push('b');
      expect(await ctx.store.get(CT.items, 'c1')).toEqual({ _id: 'c1', tags: ['a'] });
    }, t());

    it('stores Chinese text and emoji exactly and filters on them', async () => {
      const title = '《义务教育课程标准（2022年版）》解读——校本研修 📚';
      const id = await ctx.store.add(CT.items, { title, teacher: '张晓梅', note: '学时：24 学时；学分 2.4' });
      await ctx.store.add(CT.items, { title: '其他', teacher: '李强' });
      expect(await ctx.store.get(CT.items, id)).toMatchObject({ title, teacher: '张晓梅' });
      const found = await ctx.store.find(CT.items, { teacher: '张晓梅' });
      expect(found.map((d) => d._id)).toEqual([id]);
    }, t());

    it('keeps collections apart', async () => {
      await ctx.store.set(CT.items, { _id: 'same', where: 'items' });
      await ctx.store.set(CT.other, { _id: 'same', where: 'other' });
      expect(await ctx.store.get(CT.items, 'same')).toEqual({ _id: 'same', where: 'items' });
      expect(await ctx.store.get(CT.other, 'same')).toEqual({ _id: 'same', where: 'other' });
    }, t());
  });

  describe('input checks', () => {
    it('rejects unsafe collection and field names (no SQL/operator injection)', async () => {
      await expect(ctx.store.find('ct_items; DROP TABLE x', {})).rejects.toMatchObject({ code: 'INVALID_NAME' });
      await expect(ctx.store.find(CT.items, { "a') OR 1=1 --": 1 })).rejects.toMatchObject({ code: 'INVALID_NAME' });
      await expect(ctx.store.find(CT.items, { $where: 1 })).rejects.toMatchObject({ code: 'INVALID_NAME' });
      await expect(ctx.store.find(CT.items, {}, { orderBy: [{ field: 'a b', direction: 'asc' }] }))
        .rejects.toMatchObject({ code: 'INVALID_NAME' });
    }, t());

    it('treats filter values as data, never as code', async () => {
      await ctx.store.set(CT.items, { _id: 'v1', name: "x' OR '1'='1" });
      await ctx.store.set(CT.items, { _id: 'v2', name: 'y' });
      const found = await ctx.store.find(CT.items, { name: "x' OR '1'='1" });
      expect(found.map((d) => d._id)).toEqual(['v1']);
    }, t());

    it('rejects values that are not plain JSON', async () => {
      await expect(ctx.store.set(CT.items, { _id: 'd1', at: new Date() })).rejects.toMatchObject({ code: 'INVALID_DOCUMENT' });
      await expect(ctx.store.add(CT.items, { n: Number.NaN })).rejects.toMatchObject({ code: 'INVALID_DOCUMENT' });
      expect(await ctx.store.count(CT.items, {})).toBe(0);
    }, t());

    it('rejects malformed operator objects', async () => {
      await expect(ctx.store.find(CT.items, { a: {} })).rejects.toMatchObject({ code: 'INVALID_FILTER' });
      await expect(ctx.store.find(CT.items, { a: { like: 'x' } as never })).rejects.toMatchObject({ code: 'INVALID_FILTER' });
      await expect(ctx.store.find(CT.items, { a: { gte: true } })).rejects.toMatchObject({ code: 'INVALID_FILTER' });
    }, t());
  });
}
