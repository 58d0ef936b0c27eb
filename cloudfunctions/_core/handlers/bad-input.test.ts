/**
 * Every action, fed bad events: missing required fields, wrong types, huge
 * strings, absurd numbers, forged identity fields. Each must answer
 * INVALID_INPUT with a Chinese message, and write nothing.
 */
import type { FunctionName } from '../registry';
import { openWorld, recordInput, type Who, type World } from '../use-cases/testing/world';
import { wrongType } from '../use-cases/testing/wrong-type';

let w: World;
beforeAll(async () => { w = await openWorld(); });
afterAll(async () => { await w.close(); });

interface Case { fn: FunctionName; as: Who; base: Record<string, unknown>; required: string[] }

const cases: Case[] = [
  { fn: 'identity', as: 'stranger', base: { action: 'bind', name: '王老师', code: 'ABCDEFGH' }, required: ['name', 'code'] },
  { fn: 'records', as: 'alice', base: { action: 'submit', requestId: 'req-bad-input-1', record: recordInput(), retake: false }, required: ['requestId', 'record'] },
  { fn: 'records', as: 'alice', base: { action: 'list', year: 2026, limit: 10, skip: 0 }, required: [] },
  { fn: 'records', as: 'alice', base: { action: 'get', recordId: 'r_x' }, required: ['recordId'] },
  { fn: 'records', as: 'alice', base: { action: 'resubmit', recordId: 'r_x', version: 1 }, required: ['recordId', 'version'] },
  { fn: 'records', as: 'alice', base: { action: 'withdraw', recordId: 'r_x', version: 1, note: '不需要了' }, required: ['recordId', 'version'] },
  { fn: 'records', as: 'alice', base: { action: 'preview', year: 2026 }, required: [] },
  { fn: 'records', as: 'alice', base: { action: 'upload-certificate', fileId: 'staging/wx-abcdefgh.jpg' }, required: ['fileId'] },
  { fn: 'review', as: 'paula', base: { action: 'queue', year: 2026, schoolId: 's1' }, required: [] },
  { fn: 'review', as: 'paula', base: { action: 'approve', recordId: 'r_x', version: 1 }, required: ['recordId', 'version'] },
  { fn: 'review', as: 'paula', base: { action: 'return', recordId: 'r_x', version: 1, reason: '证书不清楚' }, required: ['recordId', 'version', 'reason'] },
  { fn: 'review', as: 'paula', base: { action: 'batch-approve', items: [{ recordId: 'r_x', version: 1 }] }, required: ['items'] },
  { fn: 'progress', as: 'alice', base: { action: 'mine', year: 2026 }, required: [] },
  { fn: 'progress', as: 'paula', base: { action: 'school', schoolId: 's1', year: 2026 }, required: [] },
  { fn: 'progress', as: 'zoe', base: { action: 'county', countyId: 'c1', year: 2026 }, required: [] },
  { fn: 'roster', as: 'zoe', base: { action: 'import', rows: [{ name: '新老师', schoolId: 's1' }], dryRun: false }, required: ['rows'] },
  { fn: 'roster', as: 'zoe', base: { action: 'list', query: '王' }, required: [] },
  { fn: 'roster', as: 'zoe', base: { action: 'set-role', personId: 'bob', role: 'credit-officer', grant: true }, required: ['personId', 'role', 'grant'] },
  { fn: 'roster', as: 'zoe', base: { action: 'invite', personId: 'bob', resetBinding: false }, required: ['personId'] },
  { fn: 'policy', as: 'zoe', base: { action: 'list', countyId: 'c1' }, required: [] },
  { fn: 'policy', as: 'zoe', base: { action: 'get', year: 2026 }, required: [] },
  { fn: 'policy', as: 'zoe', base: { action: 'publish', year: 2026, policyId: 'tongyu-2026', expectedVersion: 0 }, required: ['year'] },
];


type Variant = [string, string, Who, Record<string, unknown>];

const variants: Variant[] = cases.flatMap(({ fn, as, base, required }) => {
  const name = `${fn}.${String(base.action)}`;
  const fields = Object.keys(base).filter((k) => k !== 'action');
  const out: Variant[] = [
    [name, 'forged openid', as, { ...base, openid: 'oid-zoe' }],
    [name, 'forged OPENID', as, { ...base, OPENID: 'oid-zoe' }],
    [name, 'forged userInfo', as, { ...base, userInfo: { openId: 'oid-zoe' } }],
    [name, 'an unknown key', as, { ...base, credits: 100 }],
  ];
  for (const f of required) {
    const { [f]: _drop, ...rest } = base;
    out.push([name, `missing ${f}`, as, rest]);
  }
  for (const f of fields) {
    out.push([name, `${f} of the wrong type`, as, { ...base, [f]: wrongType(base[f]) }]);
    if (typeof base[f] === 'string') out.push([name, `${f} of 100 000 chars`, as, { ...base, [f]: '字'.repeat(100_000) }]);
    if (typeof base[f] === 'number') {
      out.push([name, `${f} negative`, as, { ...base, [f]: -5 }]);
      out.push([name, `${f} absurd`, as, { ...base, [f]: 1e15 }]);
    }
  }
  return out;
});

describe('every action refuses bad input with INVALID_INPUT, a Chinese message, and no write', () => {
  it.each(variants)('%s: %s', async (_name, _what, as, event) => {
    const fn = cases.find((c) => `${c.fn}.${String(c.base.action)}` === _name)!.fn;
    const before = await w.counts();
    const res = await w.call(fn, event, as);
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!res.ok) {
      expect(res.error.message).toMatch(/^输入有误：/);
      expect(res.error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(res.error.message.length).toBeLessThan(400);
    }
    expect(await w.counts()).toEqual(before);
  });

  it('covers every action of every function', () => {
    const covered = new Set(cases.map((c) => `${c.fn}.${String(c.base.action)}`));
    expect(covered.size).toBe(22);
  });
});
