import { nextStatus, type RecordCommand } from '../../../../shared/records/state-machine';
import type { RecordStatus } from '../../../../shared/schemas/record';
import type { DocumentStore } from '../../ports/document-store';
import { functions } from '../../registry';
import { recordIn, submitAs, type RecordRef } from '../testing/flows';
import { openWorld, type Who, type World } from '../testing/world';

let w: World;
beforeEach(async () => { w = await openWorld(); });
afterEach(async () => { await w.close(); });

const approve = (r: RecordRef, who: Who, version = r.version) => w.call('review', { action: 'approve', recordId: r.id, version }, who);
const stored = (id: string) => w.store.get<{ _id: string; status: string; version: number; reviewedBy: string | null }>('records', id);

describe('state machine through the API: every command from every reachable state', () => {
  const states: RecordStatus[] = ['submitted', 'returned', 'resubmitted', 'approved', 'withdrawn'];
  const commands: { command: RecordCommand; fn: 'records' | 'review'; who: Who; extra: Record<string, unknown> }[] = [
    { command: 'resubmit', fn: 'records', who: 'alice', extra: {} },
    { command: 'withdraw', fn: 'records', who: 'alice', extra: {} },
    { command: 'approve', fn: 'review', who: 'paula', extra: {} },
    { command: 'return', fn: 'review', who: 'oscar', extra: { reason: '学时与证书不符' } },
  ];
  const cases = states.flatMap((s) => commands.map((c) => [c.command, s, c] as const));

  it.each(cases)('%s from %s', async (command, from, c) => {
    const r = await recordIn(w, from);
    const before = await w.counts();
    const res = await w.call(c.fn, { action: command, recordId: r.id, version: r.version, ...c.extra }, c.who);
    const expected = nextStatus(command, c.fn === 'records' ? 'owner' : 'reviewer', from);
    if (expected) {
      expect(res).toMatchObject({ ok: true, data: { record: { status: expected, version: r.version + 1 } } });
      expect((await w.counts()).audit).toBe(before.audit! + 1);
    } else {
      expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
      expect(await w.counts()).toEqual(before);
      expect((await stored(r.id))?.version).toBe(r.version);
    }
  });
});

describe('review.approve', () => {
  it('a reviewer of the school approves; the record records who and when', async () => {
    const r = await submitAs(w);
    w.now = '2026-06-02T01:00:00.000Z';
    const res = await approve(r, 'oscar');
    expect(res).toMatchObject({ ok: true, data: { record: { status: 'approved', version: 2, reviewedBy: 'oscar', reviewedAt: w.now } } });
    const audit = await w.store.find('audit', { targetId: r.id }, { orderBy: [{ field: 'at', direction: 'asc' }] });
    expect(audit.map((a) => a.action)).toEqual(['records.submit', 'review.approve']);
    expect(audit[1]).toMatchObject({ before: { status: 'submitted', version: 1 }, after: { status: 'approved', version: 2 } });
  });

  it.each([
    ['nobody reviews their own record (principal paula)', 'paula', 'paula', 'FORBIDDEN'],
    ['a principal of another school', 'alice', 'quinn', 'FORBIDDEN'],
    ['an admin of another county', 'alice', 'yara', 'FORBIDDEN'],
    ['a plain teacher of the same school', 'alice', 'bob', 'FORBIDDEN'],
    ['an unbound WeChat', 'alice', 'stranger', 'NOT_BOUND'],
    ['no identity at all', 'alice', 'anonymous', 'UNAUTHENTICATED'],
  ] as const)('%s → %s, nothing written', async (_name, owner, reviewer, code) => {
    const r = await submitAs(w, owner);
    const before = await w.counts();
    expect(await approve(r, reviewer)).toMatchObject({ ok: false, error: { code } });
    expect(await w.counts()).toEqual(before);
    expect((await stored(r.id))?.status).toBe('submitted');
  });

  it('the county admin of the county may approve; another reviewer may approve the principal\'s own record', async () => {
    const a = await submitAs(w, 'carol');
    expect(await approve(a, 'zoe')).toMatchObject({ ok: true });
    const p = await submitAs(w, 'paula');
    expect(await approve(p, 'oscar')).toMatchObject({ ok: true });
  });

  it('a stale version is VERSION_CONFLICT with the agreed message', async () => {
    const r = await submitAs(w);
    const before = await w.counts();
    expect(await approve(r, 'paula', r.version + 1)).toMatchObject({ ok: false, error: { code: 'VERSION_CONFLICT', message: '该记录已被他人处理，请刷新' } });
    expect(await w.counts()).toEqual(before);
  });

  it('two concurrent approvals of the same version: exactly one wins', async () => {
    for (let i = 0; i < 5; i += 1) {
      const r = await submitAs(w);
      const before = await w.counts();
      const results = await Promise.all([approve(r, 'paula'), approve(r, 'oscar'), approve(r, 'zoe')]);
      expect(results.filter((x) => x.ok)).toHaveLength(1);
      expect(results.filter((x) => !x.ok).map((x) => !x.ok && x.error.code)).toEqual(['VERSION_CONFLICT', 'VERSION_CONFLICT']);
      expect((await w.counts()).audit).toBe(before.audit! + 1);
      expect((await stored(r.id))?.version).toBe(2);
    }
  });

  it('approve racing a withdraw: one lands, the other conflicts', async () => {
    const r = await submitAs(w);
    const [a, b] = await Promise.all([approve(r, 'paula'), w.call('records', { action: 'withdraw', recordId: r.id, version: 1 }, 'alice')]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    expect([a, b].find((x) => !x.ok)).toMatchObject({ error: { code: 'VERSION_CONFLICT' } });
  });

  it('an unknown record is NOT_FOUND', async () => {
    expect(await w.call('review', { action: 'approve', recordId: 'r_nope', version: 1 }, 'paula')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('audit entry in the same transaction as the change', () => {
  /** A store whose transactions fail when adding the audit entry, after the record was written. */
  function failingAudit(store: DocumentStore): DocumentStore {
    return {
      ...store,
      transaction: (work) => store.transaction((tx) => work({
        ...tx,
        add: async (collection, doc) => {
          if (collection === 'audit') throw new Error('disk full while writing audit');
          return tx.add(collection, doc);
        },
      })),
    };
  }

  it.each([
    ['approve', 'review', 'paula', {}],
    ['return', 'review', 'paula', { reason: '请补充证书' }],
    ['withdraw', 'records', 'alice', {}],
  ] as const)('%s: a failure writing the audit leaves neither change nor entry', async (action, fn, who, extra) => {
    const r = await submitAs(w);
    const before = await w.counts();
    const logged: unknown[] = [];
    const deps = { ...w.deps(who), store: failingAudit(w.store), log: (...a: unknown[]) => { logged.push(a); } };
    const res = await functions[fn]({ action, recordId: r.id, version: r.version, ...extra }, deps);
    expect(res).toEqual({ ok: false, error: { code: 'INTERNAL', message: '服务器出了点问题，请稍后重试' } });
    expect(JSON.stringify(res)).not.toContain('disk full');
    expect(logged).toHaveLength(1);
    expect(await w.counts()).toEqual(before);
    expect(await stored(r.id)).toMatchObject({ status: 'submitted', version: 1 });
  });

  it('submit: a failure writing the audit leaves no record', async () => {
    const before = await w.counts();
    const deps = { ...w.deps('alice'), store: failingAudit(w.store) };
    const res = await functions.records({ action: 'submit', requestId: 'req-audit-fail-1', record: { title: 'x', hours: 2, startDate: '2026-04-01', endDate: '2026-04-01', form: '网络', level: '省' } }, deps);
    expect(res).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await w.counts()).toEqual(before);
  });
});

describe('review.return', () => {
  it.each([
    ['empty reason', ''],
    ['only spaces', '   '],
    ['missing reason', undefined],
  ])('%s → INVALID_INPUT naming the reason', async (_n, reason) => {
    const r = await submitAs(w);
    const before = await w.counts();
    const res = await w.call('review', { action: 'return', recordId: r.id, version: 1, reason }, 'paula');
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/退回原因：(请填写退回原因|必须填写)/) } });
    expect(await w.counts()).toEqual(before);
  });

  it('stores the reason and flagged fields; resubmission clears the flags and keeps the reason', async () => {
    const r = await submitAs(w);
    const ret = await w.ok<{ record: RecordRef & { returnReason: string; returnFields: string[] } }>('review', { action: 'return', recordId: r.id, version: 1, reason: '学时填写有误', fields: ['hours'] }, 'paula');
    expect(ret.record).toMatchObject({ status: 'returned', returnReason: '学时填写有误', returnFields: ['hours'] });
    const again = await w.ok<{ record: { status: string; input: { hours: number }; returnFields: string[]; returnReason: string } }>('records', {
      action: 'resubmit', recordId: r.id, version: 2,
      record: { title: '2026 年县级骨干教师集中培训', hours: 12, startDate: '2026-04-10', endDate: '2026-04-12', form: '集中', level: '县' },
    }, 'alice');
    expect(again.record).toMatchObject({ status: 'resubmitted', input: { hours: 12 }, returnFields: [], returnReason: '学时填写有误' });
  });
});

describe('review.batch-approve', () => {
  it('approves what it may and reports each failure with its own code', async () => {
    const a = await submitAs(w);
    const b = await submitAs(w, 'bob');
    const own = await submitAs(w, 'paula');
    const other = await submitAs(w, 'carol');
    const res = await w.ok<{ approved: number; failed: number; results: { recordId: string; ok: boolean; error?: { code: string } }[] }>('review', {
      action: 'batch-approve',
      items: [{ recordId: a.id, version: 1 }, { recordId: b.id, version: 9 }, { recordId: own.id, version: 1 }, { recordId: other.id, version: 1 }, { recordId: a.id, version: 1 }],
    }, 'paula');
    expect(res.approved).toBe(1);
    expect(res.results.map((x) => x.ok ? 'ok' : x.error?.code)).toEqual(['ok', 'VERSION_CONFLICT', 'FORBIDDEN', 'FORBIDDEN', 'INVALID_INPUT']);
  });

  it('refuses an empty or oversized batch', async () => {
    expect(await w.call('review', { action: 'batch-approve', items: [] }, 'paula')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const items = Array.from({ length: 51 }, (_, i) => ({ recordId: `r${i}`, version: 1 }));
    expect(await w.call('review', { action: 'batch-approve', items }, 'paula')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('50') } });
  });
});

describe('review.queue', () => {
  it('shows pending records of the reviewer\'s school, oldest first, never her own', async () => {
    const a = await submitAs(w);
    w.now = '2026-06-01T03:00:00.000Z';
    const p = await submitAs(w, 'paula');
    const c = await submitAs(w, 'carol');
    const approved = await recordIn(w, 'approved');
    const paula = await w.ok<{ items: { id: string; teacherName: string; allowedActions: string[] }[]; total: number }>('review', { action: 'queue' }, 'paula');
    expect(paula.items.map((x) => x.id)).toEqual([a.id]);
    expect(paula.items[0]).toMatchObject({ teacherName: 'alice', allowedActions: ['approve', 'return'] });
    const oscar = await w.ok<{ items: { id: string }[] }>('review', { action: 'queue' }, 'oscar');
    expect(oscar.items.map((x) => x.id)).toEqual([a.id, p.id]);
    const zoe = await w.ok<{ items: { id: string }[]; total: number }>('review', { action: 'queue' }, 'zoe');
    expect(new Set(zoe.items.map((x) => x.id))).toEqual(new Set([a.id, p.id, c.id]));
    expect(zoe.items.map((x) => x.id)).not.toContain(approved.id);
  });

  it('refuses other schools and plain teachers', async () => {
    expect(await w.call('review', { action: 'queue', schoolId: 's1' }, 'quinn')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.call('review', { action: 'queue', schoolId: 's3' }, 'zoe')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.call('review', { action: 'queue' }, 'alice')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('corrections of approved records', () => {
  it('an approved correction supersedes the original in the same transaction', async () => {
    const original = await recordIn(w, 'approved');
    expect(await w.call('records', { action: 'withdraw', recordId: original.id, version: original.version }, 'alice'))
      .toMatchObject({ ok: false, error: { code: 'INVALID_STATE', message: expect.stringContaining('更正记录') } });
    const fix = await submitAs(w, 'alice', { hours: 20 });
    expect(fix.status).toBe('submitted');
    const correction = await w.ok<{ record: RecordRef & { corrects: string } }>('records', {
      action: 'submit', requestId: 'req-correction-1', corrects: original.id,
      record: { title: '更正', hours: 20, startDate: '2026-04-10', endDate: '2026-04-12', form: '集中', level: '县' },
    }, 'alice');
    expect(correction.record.corrects).toBe(original.id);
    expect(await stored(original.id)).toMatchObject({ status: 'approved' });
    await w.ok('review', { action: 'approve', recordId: correction.record.id, version: 1 }, 'paula');
    expect(await stored(original.id)).toMatchObject({ status: 'withdrawn', supersededBy: correction.record.id });
    const actions = (await w.store.find('audit', { targetId: original.id })).map((a) => a.action);
    expect(actions).toContain('records.supersede');
  });

  it('only an approved record of one\'s own can be corrected', async () => {
    const pending = await submitAs(w);
    const res = await w.call('records', { action: 'submit', requestId: 'req-correction-2', corrects: pending.id, record: { title: 'x', hours: 1, startDate: '2026-04-01', endDate: '2026-04-01', form: '网络', level: '省' } }, 'alice');
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    const bobs = await recordIn(w, 'approved');
    const res2 = await w.call('records', { action: 'submit', requestId: 'req-correction-3', corrects: bobs.id, record: { title: 'x', hours: 1, startDate: '2026-04-01', endDate: '2026-04-01', form: '网络', level: '省' } }, 'bob');
    expect(res2).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
