import { outboxOf, type OutboxEntry } from '../api/local-pending';

const entry = (requestId: string, personId: string): OutboxEntry =>
  ({ requestId, personId, title: `培训 ${requestId}`, createdAt: '2026-11-20T01:00:00.000Z', state: '待上传' });

describe('outboxOf: 我的记录 shows only the signed-in teacher\'s queued submits', () => {
  const items = [entry('req-a1', '陈静'), entry('req-b1', '赵磊'), entry('req-a2', '陈静')];
  const listeners: (() => void)[] = [];
  const retried: string[] = [];
  const removed: string[] = [];
  const outbox = {
    list: () => items, subscribe: (l: () => void) => { listeners.push(l); return () => undefined; },
    retry: (id: string) => { retried.push(id); return Promise.resolve(true); },
    remove: (id: string) => { removed.push(id); },
  };

  it('keeps her rows, drops a colleague\'s, and does not leak personId into the row', () => {
    expect(outboxOf('陈静', outbox).list()).toEqual([
      { requestId: 'req-a1', title: '培训 req-a1', createdAt: '2026-11-20T01:00:00.000Z', state: '待上传' },
      { requestId: 'req-a2', title: '培训 req-a2', createdAt: '2026-11-20T01:00:00.000Z', state: '待上传' },
    ]);
    expect(outboxOf('赵磊', outbox).list().map((i) => i.requestId)).toEqual(['req-b1']);
  });

  it('nobody signed in (or not yet known): no rows at all', () => {
    expect(outboxOf(null, outbox).list()).toEqual([]);
  });

  it('passes the outbox\'s changes on', () => {
    const heard = jest.fn();
    outboxOf('陈静', outbox).subscribe(heard);
    listeners.forEach((l) => l());
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('keeps the server\'s reason on a 失败 row (not its code or owner)', () => {
    const failed = { ...entry('req-f1', '陈静'), state: '失败' as const, error: '这个证书编号已经登记过', errorCode: 'DUPLICATE' };
    const one = { list: () => [failed], subscribe: outbox.subscribe, retry: outbox.retry, remove: outbox.remove };
    expect(outboxOf('陈静', one).list()).toEqual([
      { requestId: 'req-f1', title: '培训 req-f1', createdAt: '2026-11-20T01:00:00.000Z', state: '失败', error: '这个证书编号已经登记过' },
    ]);
  });

  it('retries and deletes only her own items: a colleague\'s stays untouched', async () => {
    const mine = outboxOf('陈静', outbox);
    await expect(mine.retry('req-a1')).resolves.toBe(true);
    await expect(mine.retry('req-b1')).resolves.toBe(false);
    mine.remove('req-b1');
    mine.remove('req-a2');
    expect(retried).toEqual(['req-a1']);
    expect(removed).toEqual(['req-a2']);
    expect(outboxOf(null, outbox).remove('req-a1')).toBeUndefined();
    expect(removed).toEqual(['req-a2']);
  });
});
