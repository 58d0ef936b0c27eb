import { openWorld, recordInput, rid, type World } from '../testing/world';

type View = { id: string; status: string; version: number; certificates: unknown[]; history: unknown[] };

let w: World;
beforeEach(async () => { w = await openWorld(); });
afterEach(async () => { await w.close(); });

const submit = (over: Record<string, unknown> = {}, extra: Record<string, unknown> = {}, as: Parameters<World['call']>[2] = 'alice') =>
  w.call('records', { action: 'submit', requestId: rid(), record: recordInput(over), ...extra }, as);

describe('records.submit', () => {
  it('stores a submitted record with history and one audit entry in the same write', async () => {
    const before = await w.counts();
    const data = await w.ok<{ record: View; replayed: boolean }>('records', { action: 'submit', requestId: rid(), record: recordInput() }, 'alice');
    expect(data.replayed).toBe(false);
    expect(data.record).toMatchObject({ status: 'submitted', version: 1, teacherId: 'alice', schoolId: 's1', countyId: 'c1', year: 2026 });
    expect(data.record.history).toHaveLength(1);
    const after = await w.counts();
    expect(after.records).toBe(before.records! + 1);
    expect(after.audit).toBe(before.audit! + 1);
    const audit = await w.store.find('audit', { targetId: data.record.id });
    expect(audit[0]).toMatchObject({ action: 'records.submit', actorId: 'alice', countyId: 'c1' });
  });

  it('is idempotent by requestId: a retry returns the first result and writes nothing', async () => {
    const requestId = rid();
    const first = await w.ok<{ record: View }>('records', { action: 'submit', requestId, record: recordInput() }, 'alice');
    const counts = await w.counts();
    const again = await w.ok<{ record: View; replayed: boolean }>('records', { action: 'submit', requestId, record: recordInput({ hours: 99 }) }, 'alice');
    expect(again.replayed).toBe(true);
    expect(again.record.id).toBe(first.record.id);
    expect(again.record).toMatchObject({ version: 1 });
    expect(await w.counts()).toEqual(counts);
  });

  it('racing retries of one requestId create exactly one record and one audit entry', async () => {
    const requestId = rid();
    const before = await w.counts();
    const results = await Promise.all(Array.from({ length: 6 }, () =>
      w.call('records', { action: 'submit', requestId, record: recordInput() }, 'alice')));
    expect(results.every((r) => r.ok)).toBe(true);
    const ids = new Set(results.map((r) => (r.ok ? (r.data as { record: View }).record.id : '')));
    expect(ids.size).toBe(1);
    const after = await w.counts();
    expect(after.records! - before.records!).toBe(1);
    expect(after.audit! - before.audit!).toBe(1);
    expect(results.filter((r) => r.ok && !(r.data as { replayed: boolean }).replayed)).toHaveLength(1);
  });

  it('the same requestId from two teachers gives two records', async () => {
    const requestId = rid();
    const a = await w.ok<{ record: View }>('records', { action: 'submit', requestId, record: recordInput() }, 'alice');
    const b = await w.ok<{ record: View }>('records', { action: 'submit', requestId, record: recordInput() }, 'bob');
    expect(a.record.id).not.toBe(b.record.id);
  });

  describe('bad input is refused with a Chinese message and nothing is written', () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['missing title', { record: recordInput({ title: undefined }) }, /培训名称/],
      ['hours as text', { record: recordInput({ hours: '24' }) }, /学时/],
      ['negative hours', { record: recordInput({ hours: -3 }) }, /学时必须大于 0/],
      ['absurd hours', { record: recordInput({ hours: 1e9 }) }, /2000/],
      ['hours not in halves', { record: recordInput({ hours: 1.3 }) }, /半学时/],
      ['NaN-like hours', { record: recordInput({ hours: null }) }, /学时/],
      ['huge title', { record: recordInput({ title: '培'.repeat(5000) }) }, /100 字/],
      ['impossible date', { record: recordInput({ startDate: '2026-02-30', endDate: '2026-03-01' }) }, /2026-02-30 不存在/],
      ['date before 2000', { record: recordInput({ startDate: '1999-01-01', endDate: '1999-01-02' }) }, /2000/],
      ['badly formatted date', { record: recordInput({ startDate: '2026/4/1' }) }, /YYYY-MM-DD/],
      ['end before start', { record: recordInput({ startDate: '2026-04-12', endDate: '2026-04-10' }) }, /结束日期不能早于开始日期/],
      ['unknown form', { record: recordInput({ form: '旅游' }) }, /培训形式/],
      ['credits sent by the client', { record: { ...recordInput(), credits: 99 } }, /不允许的字段：credits/],
      ['forged openid at top level', { openid: 'oid-zoe' }, /不允许的字段：openid/],
      ['forged OPENID', { OPENID: 'oid-zoe' }, /OPENID/],
      ['forged userInfo', { userInfo: { openId: 'oid-zoe' } }, /userInfo/],
      ['short requestId', { requestId: 'x' }, /requestId/],
      ['requestId with slashes', { requestId: '../../etc/passwd' }, /requestId/],
      ['too many uploads', { uploadIds: ['a', 'b', 'c', 'd', 'e', 'f'] }, /最多 5 个/],
      ['record not an object', { record: 'hello' }, /培训记录/],
    ];
    it.each(cases)('%s', async (_name, patch, message) => {
      const before = await w.counts();
      const res = await w.call('records', { action: 'submit', requestId: rid(), record: recordInput(), ...patch }, 'alice');
      expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      if (!res.ok) expect(res.error.message).toMatch(message);
      expect(await w.counts()).toEqual(before);
    });

    it('an event over 512 KB', async () => {
      const before = await w.counts();
      const res = await w.call('records', { action: 'submit', requestId: rid(), record: recordInput({ tags: ['x'.repeat(600_000)] }) }, 'alice');
      expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '请求内容过大' } });
      expect(await w.counts()).toEqual(before);
    });

    it('a training that ends after today (server clock, Beijing time)', async () => {
      w.now = '2026-04-11T15:59:00.000Z'; // 2026-04-11 23:59 in Beijing
      const before = await w.counts();
      const res = await submit({ endDate: '2026-04-12' });
      expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      if (!res.ok) expect(res.error.message).toContain('2026-04-11');
      w.now = '2026-04-11T16:00:00.000Z'; // midnight in Beijing: now it is the 12th
      expect((await submit({ endDate: '2026-04-12' })).ok).toBe(true);
      expect((await w.counts()).records).toBe(before.records! + 1);
    });

    it('non-object events and unknown actions', async () => {
      for (const event of [null, 'submit', [1], 42]) {
        expect(await w.call('records', event, 'alice')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      }
      const res = await w.call('records', { action: 'drop-table' }, 'alice');
      expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('未知的操作') } });
    });
  });

  describe('who may submit', () => {
    it.each([
      ['anonymous', 'UNAUTHENTICATED'],
      ['stranger', 'NOT_BOUND'],
      ['gone', 'FORBIDDEN'],
      ['zoe', 'FORBIDDEN'],
      ['oscar', 'FORBIDDEN'],
    ] as const)('%s → %s', async (who, code) => {
      const before = await w.counts();
      const res = await submit({}, {}, who);
      expect(res).toMatchObject({ ok: false, error: { code } });
      expect(await w.counts()).toEqual(before);
    });
  });

  describe('duplicates and retakes', () => {
    it('the same certificate number twice is DUPLICATE, whatever the spacing or width', async () => {
      expect((await submit({ certificateNo: 'TY-2026-001' })).ok).toBe(true);
      const before = await w.counts();
      for (const no of ['TY-2026-001', 'ty 2026 001', 'ＴＹ２０２６００１']) {
        const res = await submit({ certificateNo: no });
        expect(res).toMatchObject({ ok: false, error: { code: 'DUPLICATE', message: expect.stringContaining('重复参训') } });
      }
      expect(await w.counts()).toEqual(before);
    });

    it('a genuine retake is accepted when the teacher says so', async () => {
      await submit({ certificateNo: 'TY-2026-002' });
      const res = await submit({ certificateNo: 'TY-2026-002' }, { retake: true });
      expect(res.ok).toBe(true);
    });

    it('another teacher may hold the same number, and a withdrawn record frees it', async () => {
      const first = await submit({ certificateNo: 'TY-2026-003' });
      expect((await submit({ certificateNo: 'TY-2026-003' }, {}, 'bob')).ok).toBe(true);
      const rec = (first.ok ? first.data : null) as { record: View };
      await w.ok('records', { action: 'withdraw', recordId: rec.record.id, version: 1 }, 'alice');
      expect((await submit({ certificateNo: 'TY-2026-003' })).ok).toBe(true);
    });
  });
});
