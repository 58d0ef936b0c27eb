import { outboxOf, type OutboxEntry } from '../api/local-pending';

const entry = (requestId: string, personId: string): OutboxEntry =>
  ({ requestId, personId, title: `培训 ${requestId}`, createdAt: '2026-11-20T01:00:00.000Z', state: '待上传' });

describe('outboxOf: 我的记录 shows only the signed-in teacher\'s queued submits', () => {
  const items = [entry('req-a1', '陈静'), entry('req-b1', '赵磊'), entry('req-a2', '陈静')];
  const listeners: (() => void)[] = [];
  const outbox = { list: () => items, subscribe: (l: () => void) => { listeners.push(l); return () => undefined; } };

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
});
