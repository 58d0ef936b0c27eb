/**
 * The CloudBase adapters cannot reach a real environment here, so these tests
 * run them through the REAL @cloudbase/node-sdk query builder and serializer and
 * capture the requests it would send (the SDK's database requester is replaced
 * by a recorder answering in the wire format the SDK parses). They prove the
 * translation — paging, filters, shallow updates, transaction shape — not the
 * server's behaviour; the contract suite does that when TCB_* credentials exist.
 */
import { init } from '@cloudbase/node-sdk';
import { createCloudbaseDocumentStore } from '../../../cloudfunctions/_core/adapters/cloudbase/cloudbase-document-store';
import { createCloudbaseIdentity } from '../../../cloudfunctions/_core/adapters/cloudbase/cloudbase-identity';

type Params = Record<string, unknown>;
interface Sent { action: string; params: Params }
type Responder = (action: string, params: Params) => unknown;

const app = init({ env: 'offline-test', secretId: 'not-a-key', secretKey: 'not-a-key' });
const db = app.database();
const requester = (db.constructor as unknown as { reqClass: { prototype: { send: (a: string, p: Params) => Promise<unknown> } } }).reqClass.prototype;
const realSend = requester.send;

let sent: Sent[] = [];
let respond: Responder = () => ({ data: { list: [] }, requestId: 'r' });
beforeEach(() => {
  sent = [];
  requester.send = async (action, params) => {
    sent.push({ action, params });
    const answer = respond(action, params);
    if (answer instanceof Error) throw answer;
    return answer;
  };
});
afterAll(() => { requester.send = realSend; });

const sdkError = (code: string, message: string) => Object.assign(new Error(message), { code });
const list = (docs: object[]) => ({ data: { list: docs.map((d) => JSON.stringify(d)) }, requestId: 'r' });
const query = (s: Sent) => JSON.parse(String(s.params.query)) as unknown;
const data = (s: Sent) => JSON.parse(String(s.params.data)) as unknown;
const store = createCloudbaseDocumentStore({ app });

describe('CloudBase document store: paging', () => {
  const docs = Array.from({ length: 2500 }, (_, i) => ({ _id: `d${String(i).padStart(4, '0')}`, i }));
  beforeEach(() => {
    respond = (_action, p) => {
      const offset = Number(p.offset ?? 0);
      return list(docs.slice(offset, offset + Number(p.limit)));
    };
  });

  it('loops past the 1000-row cap until a short page', async () => {
    const found = await store.find('items', {});
    expect(found).toHaveLength(2500);
    expect(found[2499]).toEqual({ _id: 'd2499', i: 2499 });
    expect(sent.map((s) => [s.params.offset ?? 0, s.params.limit])).toEqual([[0, 1000], [1000, 1000], [2000, 1000]]);
    expect(sent.every((s) => s.action === 'database.getDocument')).toBe(true);
  });

  it('turns skip/limit into exact page requests, ordered with the _id tie-breaker', async () => {
    const found = await store.find('items', {}, { skip: 900, limit: 1200, orderBy: [{ field: 'i', direction: 'desc' }] });
    expect(found).toHaveLength(1200);
    expect(sent.map((s) => [s.params.offset, s.params.limit])).toEqual([[900, 1000], [1900, 200]]);
    expect(JSON.parse(String(sent[0]?.params.order))).toEqual({ i: { $numberInt: '-1' }, _id: { $numberInt: '1' } });
  });

  it('asks nothing for limit 0 or an empty `in`', async () => {
    expect(await store.find('items', {}, { limit: 0 })).toEqual([]);
    expect(await store.find('items', { s: { in: [] } })).toEqual([]);
    expect(await store.count('items', { s: { in: [] } })).toBe(0);
    expect(sent).toEqual([]);
  });
});

describe('CloudBase document store: filters and writes', () => {
  it('sends every operator as a MongoDB query, ranges on one field under $and', async () => {
    respond = () => list([]);
    await store.find('records', { status: { in: ['pending', 'returned'] }, hours: { gte: 1, lt: 3 }, on: { neq: true }, note: null, 'meta.level': '县级' });
    expect(query(sent[0] as Sent)).toEqual({
      status: { $in: ['pending', 'returned'] },
      on: { $ne: true },
      note: { $eq: null },
      'meta.level': { $eq: '县级' },
      $and: [{ hours: { $gte: { $numberInt: '1' } } }, { hours: { $lt: { $numberInt: '3' } } }],
    });
  });

  it('counts with the same query', async () => {
    respond = () => ({ data: { total: 42 }, requestId: 'r' });
    expect(await store.count('records', { schoolId: 's1' })).toBe(42);
    expect(sent[0]?.action).toBe('database.calculateDocument');
    expect(query(sent[0] as Sent)).toEqual({ schoolId: { $eq: 's1' } });
  });

  it('get unwraps the one-element array outside transactions', async () => {
    respond = () => list([{ _id: 'a', v: 1 }]);
    expect(await store.get('items', 'a')).toEqual({ _id: 'a', v: 1 });
    respond = () => list([]);
    expect(await store.get('items', 'missing')).toBeNull();
  });

  it('set sends the document without _id as a full replace (upsert, no merge)', async () => {
    respond = () => ({ data: { updated: 1 }, requestId: 'r' });
    await store.set('items', { _id: 'a', name: '张三', nested: { x: 1 } });
    expect(sent[0]?.params).toMatchObject({ query: '{"_id":"a"}', merge: false, upsert: true });
    expect(data(sent[0] as Sent)).toEqual({ name: '张三', nested: { x: { $numberInt: '1' } } });
  });

  it('update replaces nested objects whole ($set of the field, not of its leaves)', async () => {
    respond = () => ({ data: { updated: 1 }, requestId: 'r' });
    await store.update('items', 'a', { nested: { x: 2 }, tags: ['a'], gone: undefined });
    expect(data(sent[0] as Sent)).toEqual({ $set: { nested: { x: { $numberInt: '2' } }, tags: ['a'] } });
    expect(sent[0]?.params).toMatchObject({ merge: true, upsert: false });
  });

  it('an empty patch sends nothing; a patch of _id is refused', async () => {
    await store.update('items', 'a', { gone: undefined });
    await expect(store.update('items', 'a', { _id: 'b' })).rejects.toMatchObject({ code: 'INVALID_DOCUMENT' });
    expect(sent).toEqual([]);
  });

  it('maps a duplicate-key failure of add to DUPLICATE_ID', async () => {
    // The MongoDB E11000 text underneath CloudBase; the exact platform wording is unverified offline.
    respond = () => sdkError('DATABASE_REQUEST_FAILED', 'E11000 duplicate key error collection: items index: _id_');
    await expect(store.add('items', { _id: 'a' })).rejects.toMatchObject({ code: 'DUPLICATE_ID' });
  });
});

describe('CloudBase document store: transactions', () => {
  const txResponder = (commit: () => unknown): Responder => (action) => {
    if (action === 'database.startTransaction') return { transactionId: 'tx1', requestId: 'r' };
    if (action === 'database.commitTransaction') return commit();
    if (action === 'database.abortTransaction') return { requestId: 'r' };
    if (action === 'database.getDocument') return list([{ _id: 'c', n: 1 }]);
    return { data: { updated: 1, insertedIds: ['new-id'] }, requestId: 'r' };
  };

  it('runs work with single-document ops tagged with the transaction id, then commits', async () => {
    respond = txResponder(() => ({ requestId: 'r' }));
    const result = await store.transaction(async (tx) => {
      const c = await tx.get<{ _id: string; n: number }>('counters', 'c');
      await tx.update('counters', 'c', { n: (c?.n ?? 0) + 1 });
      return { seen: c, added: await tx.add('audit', { what: '加一' }) };
    });
    expect(result).toEqual({ seen: { _id: 'c', n: 1 }, added: 'new-id' });
    expect(sent.map((s) => s.action)).toEqual([
      'database.startTransaction', 'database.getDocument', 'database.modifyDocument', 'database.insertDocument', 'database.commitTransaction',
    ]);
    expect(sent.slice(1, 4).every((s) => s.params.transactionId === 'tx1')).toBe(true);
  });

  it('a throw in work aborts, never commits, and rethrows the same error', async () => {
    respond = txResponder(() => ({ requestId: 'r' }));
    const mine = Object.assign(new Error('只能查看本校教师的记录'), { code: 'FORBIDDEN' });
    await expect(store.transaction(async (tx) => { await tx.set('items', { _id: 'x' , v: 1 }); throw mine; })).rejects.toBe(mine);
    expect(sent.map((s) => s.action)).toContain('database.abortTransaction');
    expect(sent.map((s) => s.action)).not.toContain('database.commitTransaction');
  });

  it('re-runs work on a write conflict, and reports TRANSACTION_CONFLICT when retries run out', async () => {
    let commits = 0;
    respond = txResponder(() => { commits += 1; return commits === 1 ? sdkError('DATABASE_TRANSACTION_CONFLICT', 'conflict') : { requestId: 'r' }; });
    let runs = 0;
    await store.transaction(async (tx) => { runs += 1; await tx.get('counters', 'c'); });
    expect(runs).toBe(2);

    respond = txResponder(() => sdkError('DATABASE_TRANSACTION_CONFLICT', 'conflict'));
    const fewRetries = createCloudbaseDocumentStore({ app, transactionRetries: 2 });
    await expect(fewRetries.transaction(async (tx) => { await tx.get('counters', 'c'); })).rejects.toMatchObject({ code: 'TRANSACTION_CONFLICT' });
  });
});

describe('CloudBase identity', () => {
  it('reads WX_OPENID from the invocation context, never from the event', () => {
    const context = { memory_limit_in_mb: 256, time_limit_in_ms: 10000, request_id: 'r', function_version: '$LATEST', namespace: 'ns', function_name: 'records', environment: JSON.stringify({ WX_OPENID: 'o-teacher-1', TCB_ENV: 'env' }) };
    expect(createCloudbaseIdentity({ app, context }).openid()).toBe('o-teacher-1');
  });

  it('is null when the platform supplied no openid', () => {
    const context = { memory_limit_in_mb: 256, time_limit_in_ms: 10000, request_id: 'r', function_version: '$LATEST', namespace: 'ns', function_name: 'records', environment: JSON.stringify({ TCB_ENV: 'env' }) };
    expect(createCloudbaseIdentity({ app, context }).openid()).toBeNull();
    expect(createCloudbaseIdentity({ app }).openid()).toBeNull();
  });
});
