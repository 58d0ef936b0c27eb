import { collections } from '../../../../shared/schemas/domain/collections';
import { openWorld, type World } from '../testing/world';

let w: World;
beforeEach(async () => { w = await openWorld(); });
afterEach(async () => { await w.close(); });

type ImportData = { created: number; updated: number; unchanged: number; people: { row: number; personId: string | null; outcome: string; bindingCode?: string }[] };

describe('roster.import', () => {
  const rows = [
    { name: '王老师', schoolName: '第一小学', idLast6: '12345x', phone: '13800001111', subject: '语文' },
    { name: '李老师', schoolId: 's2', statuses: [{ status: 'maternity', years: [2026] }] },
  ];

  it('creates people with the teacher role and a binding code; re-running changes nothing', async () => {
    const data = await w.ok<ImportData>('roster', { action: 'import', rows }, 'zoe');
    expect(data).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    const wang = await w.store.get<{ _id: string; idLast6: string; schoolId: string }>(collections.people, data.people[0]!.personId!);
    expect(wang).toMatchObject({ idLast6: '12345X', schoolId: 's1', bindingCodeHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(data.people[0]!.bindingCode).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(JSON.stringify(wang)).not.toContain(data.people[0]!.bindingCode!);
    expect(await w.store.count(collections.roles, { personId: data.people[1]!.personId!, role: 'teacher', schoolId: 's2' })).toBe(1);
    const audit = await w.store.find<{ _id: string; after: Record<string, unknown> }>(collections.audit, { action: 'roster.import' });
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain(data.people[0]!.bindingCode!);
    const counts = await w.counts();
    const again = await w.ok<ImportData>('roster', { action: 'import', rows }, 'zoe');
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await w.counts()).toEqual(counts);
  });

  it('updates only what changed, with the before/after in the audit', async () => {
    const first = await w.ok<ImportData>('roster', { action: 'import', rows }, 'zoe');
    const res = await w.ok<ImportData>('roster', { action: 'import', rows: [{ ...rows[0], subject: '数学' }] }, 'zoe');
    expect(res).toMatchObject({ updated: 1, people: [{ personId: first.people[0]!.personId, outcome: 'updated' }] });
    const log = await w.store.find(collections.audit, { targetId: first.people[0]!.personId! }, { orderBy: [{ field: 'at', direction: 'asc' }] });
    expect(log.at(-1)).toMatchObject({ before: { subject: '语文' }, after: { subject: '数学' } });
  });

  it('a dry run writes nothing', async () => {
    const before = await w.counts();
    const res = await w.ok<ImportData>('roster', { action: 'import', rows, dryRun: true }, 'zoe');
    expect(res).toMatchObject({ created: 2, people: [{ personId: null, outcome: 'created' }, { outcome: 'created' }] });
    expect(await w.counts()).toEqual(before);
  });

  it.each([
    ['an unknown school', [{ name: '赵老师', schoolName: '不存在的学校' }], /第 2 行：找不到学校「不存在的学校」/],
    ['a school id that does not exist', [{ name: '赵老师', schoolId: 'nope' }], /第 2 行：找不到编号为「nope」的学校/],
    ['no school given (county has several)', [{ name: '赵老师' }], /第 2 行：请填写学校/],
    ['a repeated row', [{ name: '赵老师', schoolId: 's1' }, { name: '赵老师', schoolId: 's1' }], /第 3 行：与前面的行重复/],
  ])('%s → INVALID_INPUT naming the row; the good row before it is not written either', async (_n, bad, message) => {
    const before = await w.counts();
    const res = await w.call('roster', { action: 'import', rows: [{ name: '好老师', schoolId: 's1' }, ...bad] }, 'zoe');
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!res.ok) expect(res.error.message).toMatch(message);
    expect(await w.counts()).toEqual(before);
  });

  it.each([
    ['a bad phone', { phone: '12345' }, /手机号/],
    ['a bad ID tail', { idLast6: 'abcdef' }, /身份证后六位/],
    ['an unknown status', { statuses: [{ status: 'vip' }] }, /教师身份/],
    ['a forged openid in a row', { openid: 'oid-zoe' }, /openid/],
    ['a name of 200 characters', { name: '名'.repeat(200) }, /30 字/],
  ])('schema: %s', async (_n, patch, message) => {
    const before = await w.counts();
    const res = await w.call('roster', { action: 'import', rows: [{ name: '赵老师', schoolId: 's1', ...patch }] }, 'zoe');
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!res.ok) expect(res.error.message).toMatch(message);
    expect(await w.counts()).toEqual(before);
  });

  it.each([
    ['a county admin, a school of another county', 'zoe', [{ name: '赵老师', schoolId: 's3' }], /第 2 行：「永吉实验学校」属于永吉县，不在您管理的通榆县范围内/],
    ['the other county\'s admin, a school of this county', 'yara', [{ name: '赵老师', schoolId: 's1' }], /第 2 行：「第一小学」属于通榆县，不在您管理的永吉县范围内/],
    ['a principal, another school of her county by id', 'paula', [{ name: '赵老师', schoolId: 's2' }], /第 2 行：「第二中学」不是您管理的学校/],
    ['a principal, another school of her county by name', 'paula', [{ name: '赵老师', schoolName: '第二中学' }], /第 2 行：「第二中学」不是您管理的学校/],
    ['a principal, a school of another county', 'paula', [{ name: '赵老师', schoolId: 's3' }], /第 2 行：「永吉实验学校」不是您管理的学校/],
  ] as const)('%s → FORBIDDEN naming the row and the school; nothing written', async (_n, who, bad, message) => {
    const before = await w.counts();
    const good = who === 'yara' ? { name: '好老师', schoolId: 's3' } : { name: '好老师', schoolId: 's1' };
    const res = await w.call('roster', { action: 'import', rows: [good, ...bad] }, who);
    expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    if (!res.ok) expect(res.error.message).toMatch(message);
    if (!res.ok) expect(res.error.message).toContain('未导入任何人');
    expect(await w.counts()).toEqual(before);
  });

  it('out-of-scope rows and typos together: FORBIDDEN, and the message lists both', async () => {
    const before = await w.counts();
    const res = await w.call('roster', { action: 'import', rows: [{ name: '甲', schoolName: '不存在的学校' }, { name: '乙', schoolId: 's3' }] }, 'zoe');
    expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    if (!res.ok) expect(res.error.message).toMatch(/第 2 行：「永吉实验学校」.*第 1 行：找不到学校「不存在的学校」/);
    expect(await w.counts()).toEqual(before);
  });

  it('a principal imports into her own school only; a teacher cannot import', async () => {
    expect(await w.call('roster', { action: 'import', rows: [{ name: '新老师' }] }, 'paula')).toMatchObject({ ok: true, data: { created: 1 } });
    expect(await w.call('roster', { action: 'import', rows: [{ name: '新老师', schoolId: 's2' }] }, 'paula')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.call('roster', { action: 'import', rows: [{ name: '新老师' }] }, 'alice')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('over 500 rows is refused', async () => {
    const many = Array.from({ length: 501 }, (_, i) => ({ name: `老师${i}`, schoolId: 's1' }));
    expect(await w.call('roster', { action: 'import', rows: many }, 'zoe')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('500') } });
  });
});

describe('roster.list', () => {
  it('scopes: admin sees the county, principal her school, teachers nothing', async () => {
    const zoe = await w.ok<{ total: number; items: { id: string }[] }>('roster', { action: 'list', limit: 100 }, 'zoe');
    expect(zoe.items.map((p) => p.id).sort()).toEqual(['alice', 'bob', 'carol', 'gone', 'oscar', 'paula', 'quinn', 'zoe']);
    const paula = await w.ok<{ items: { id: string; roles: string[]; bound: boolean }[] }>('roster', { action: 'list' }, 'paula');
    expect(paula.items.map((p) => p.id).sort()).toEqual(['alice', 'bob', 'gone', 'oscar', 'paula']);
    expect(paula.items.find((p) => p.id === 'paula')).toMatchObject({ roles: expect.arrayContaining(['teacher', 'principal']), bound: true });
    expect(JSON.stringify(paula)).not.toMatch(/oid-|bindingCode/);
    expect(await w.call('roster', { action: 'list', schoolId: 's2' }, 'paula')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.call('roster', { action: 'list' }, 'alice')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const q = await w.ok<{ items: { id: string }[] }>('roster', { action: 'list', query: 'rol' }, 'zoe');
    expect(q.items.map((p) => p.id)).toEqual(['carol']);
  });
});

describe('roster.set-role', () => {
  it('county admin grants a principal; granting twice is a no-op; revoking removes it', async () => {
    const granted = await w.ok<{ roles: string[] }>('roster', { action: 'set-role', personId: 'bob', role: 'principal', grant: true }, 'zoe');
    expect(granted.roles).toEqual(expect.arrayContaining(['teacher', 'principal']));
    const counts = await w.counts();
    await w.ok('roster', { action: 'set-role', personId: 'bob', role: 'principal', grant: true }, 'zoe');
    expect(await w.counts()).toEqual(counts);
    const revoked = await w.ok<{ roles: string[] }>('roster', { action: 'set-role', personId: 'bob', role: 'principal', grant: false }, 'zoe');
    expect(revoked.roles).toEqual(['teacher']);
    expect((await w.counts()).audit).toBe(counts.audit! + 1);
  });

  it.each([
    ['a principal naming another principal', 'paula', 'bob', 'principal', true, 'FORBIDDEN'],
    ['a principal of another school', 'quinn', 'bob', 'credit-officer', true, 'FORBIDDEN'],
    ['an admin of another county', 'yara', 'bob', 'teacher', true, 'FORBIDDEN'],
    ['a teacher', 'alice', 'bob', 'credit-officer', true, 'FORBIDDEN'],
    ['revoking one\'s own county admin', 'zoe', 'zoe', 'county-admin', false, 'FORBIDDEN'],
    ['granting oneself a role', 'zoe', 'zoe', 'teacher', true, 'FORBIDDEN'],
    ['a principal revoking a credit officer (only the county touches reviewers)', 'paula', 'oscar', 'credit-officer', false, 'FORBIDDEN'],
    ['a principal naming herself', 'paula', 'paula', 'credit-officer', true, 'FORBIDDEN'],
    ['an unknown person', 'zoe', 'nobody', 'teacher', true, 'NOT_FOUND'],
  ] as const)('%s → %s', async (_n, who, personId, role, grant, code) => {
    const before = await w.counts();
    expect(await w.call('roster', { action: 'set-role', personId, role, grant }, who)).toMatchObject({ ok: false, error: { code } });
    expect(await w.counts()).toEqual(before);
  });

  it('a principal may appoint a credit officer of her school, who can then review', async () => {
    await w.ok('roster', { action: 'set-role', personId: 'bob', role: 'credit-officer', grant: true }, 'paula');
    const r = await w.ok<{ record: { id: string } }>('records', { action: 'submit', requestId: 'req-role-0001', record: { title: 'x', hours: 2, startDate: '2026-04-01', endDate: '2026-04-01', form: '网络', level: '省' } }, 'alice');
    expect(await w.call('review', { action: 'approve', recordId: r.record.id, version: 1 }, 'bob')).toMatchObject({ ok: true });
  });
});

describe('identity: invite → bind → whoami', () => {
  it('binds a new WeChat with name + code, once; the code is then spent', async () => {
    const { people } = await w.ok<ImportData>('roster', { action: 'import', rows: [{ name: '王老师', schoolId: 's1' }] }, 'zoe');
    const code = people[0]!.bindingCode!;
    expect(await w.ok('identity', { action: 'whoami' }, 'stranger')).toEqual({ bound: false });
    expect(await w.call('records', { action: 'list' }, 'stranger')).toMatchObject({ ok: false, error: { code: 'NOT_BOUND' } });
    const bound = await w.ok<{ bound: boolean; person: { name: string; schoolName: string; countyName: string }; roles: { role: string }[] }>('identity', { action: 'bind', name: '王老师', code: code.toLowerCase() }, 'stranger');
    expect(bound).toMatchObject({ bound: true, person: { name: '王老师', schoolName: '第一小学', countyName: '通榆县' }, roles: [{ role: 'teacher' }] });
    expect(await w.ok('identity', { action: 'whoami' }, 'stranger')).toEqual(bound);
    const person = await w.store.get<{ _id: string; bindingCodeHash: string | null; boundOpenid: string }>(collections.people, people[0]!.personId!);
    expect(person).toMatchObject({ bindingCodeHash: null, bindingCodeSalt: null, boundOpenid: 'oid-stranger' });
    expect(await w.call('identity', { action: 'bind', name: '王老师', code }, 'anonymous')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('wrong name, wrong code or an expired code all answer alike and write nothing but the try counters', async () => {
    const { people } = await w.ok<ImportData>('roster', { action: 'import', rows: [{ name: '王老师', schoolId: 's1' }] }, 'zoe');
    const code = people[0]!.bindingCode!;
    const product = async () => {
      const { bind_attempts: _tries, ...rest } = await w.counts();
      return rest;
    };
    const before = await product();
    const wrongName = await w.call('identity', { action: 'bind', name: '李老师', code }, 'stranger');
    const wrongCode = await w.call('identity', { action: 'bind', name: '王老师', code: code === 'AAAAAAAA' ? 'BBBBBBBB' : 'AAAAAAAA' }, 'stranger');
    expect(wrongName).toEqual(wrongCode);
    expect(wrongName).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    w.now = '2026-07-15T00:00:00.000Z';
    // A new 15-minute window: the try counts are back to one, so the answer is word for word the same.
    expect(await w.call('identity', { action: 'bind', name: '王老师', code }, 'stranger')).toEqual(wrongName);
    expect(await w.call('identity', { action: 'bind', name: '王老师', code: 'short' }, 'stranger')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await product()).toEqual(before);
  });

  it('a WeChat already bound to someone else cannot bind another person', async () => {
    const { people } = await w.ok<ImportData>('roster', { action: 'import', rows: [{ name: '王老师', schoolId: 's1' }] }, 'zoe');
    expect(await w.call('identity', { action: 'bind', name: '王老师', code: people[0]!.bindingCode! }, 'alice')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('invite with resetBinding moves a person to a new phone; the old WeChat is unbound', async () => {
    const inv = await w.ok<{ code: string }>('roster', { action: 'invite', personId: 'alice', resetBinding: true }, 'paula');
    expect(await w.call('records', { action: 'list' }, 'alice')).toMatchObject({ ok: false, error: { code: 'NOT_BOUND' } });
    await w.ok('identity', { action: 'bind', name: 'alice', code: inv.code }, 'stranger');
    expect(await w.call('records', { action: 'list' }, 'stranger')).toMatchObject({ ok: true });
    const audit = await w.store.find(collections.audit, { targetId: 'alice' });
    expect(audit.map((a) => a.action).sort()).toEqual(['identity.bind', 'roster.invite']);
    expect(JSON.stringify(audit)).not.toContain(inv.code);
  });

  it('invite is scoped like the roster', async () => {
    expect(await w.call('roster', { action: 'invite', personId: 'alice' }, 'quinn')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.call('roster', { action: 'invite', personId: 'alice' }, 'bob')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.call('roster', { action: 'invite', personId: 'gone' }, 'zoe')).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
  });
});
