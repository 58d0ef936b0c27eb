/**
 * Local sign-in over HTTP: the demo picker, roster name + binding code, sign-out,
 * sessions surviving a restart, and the seed as the picker shows it.
 */
import { demoPeopleData, signInData, signOutData } from '../../../shared/schemas/api/local';
import { describeUnusedCodes } from '../../../cloudfunctions/_local/banner';
import { createLocalServer } from '../../../cloudfunctions/_local/server';
import { createSessionBook } from '../../../cloudfunctions/_local/sessions';
import { startHarness, type Harness } from './harness';

type DemoPerson = ReturnType<typeof demoPeopleData.parse>['people'][number];

describe('local sign-in', () => {
  let h: Harness;
  let people: DemoPerson[];
  const byName = (name: string) => {
    const p = people.find((x) => x.name === name);
    if (!p) throw new Error(`no demo person ${name}`);
    return p;
  };
  beforeAll(async () => {
    h = await startHarness();
    // The answer must match the shared schema the H5 client parses it with.
    people = demoPeopleData.parse(((await h.get('/local/demo-people')).body as { data: unknown }).data).people;
  });
  afterAll(async () => { await h.close(); });

  it('offers the seeded county: the admin first, principals, an officer, then teachers', () => {
    expect(people[0]).toMatchObject({ name: '刘淑琴', roles: ['county-admin'], schoolName: null, countyName: '通榆县' });
    expect(byName('王建国')).toMatchObject({ roles: ['teacher', 'principal'], schoolName: '通榆县第一中学' });
    expect(byName('李秀梅')).toMatchObject({ roles: ['teacher', 'principal'], schoolName: '通榆县新华小学' });
    expect(byName('孙丽华').roles).toEqual(['teacher', 'credit-officer']);
    expect(people.filter((p) => p.roles.length === 1 && p.roles[0] === 'teacher').length).toBeGreaterThanOrEqual(10);
    // The unbound teacher is not in the picker: he signs in with name + code.
    expect(people.some((p) => p.name === '高鹏')).toBe(false);
  });

  it('signs in a demo person and whoami answers as that person', async () => {
    const res = await h.post('/local/sign-in', { personId: byName('张雅梅').personId });
    expect(res.body.ok).toBe(true);
    const { token, person } = signInData.parse(res.body.data);
    expect(person).toMatchObject({ name: '张雅梅', schoolName: '通榆县第一中学' });
    expect(res.headers.get('set-cookie')).toMatch(/^tc_session=[\w-]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=2592000/);
    const who = await h.fn('identity', { action: 'whoami' }, token);
    expect(who).toMatchObject({ ok: true, data: { bound: true, person: { name: '张雅梅' } } });
  });

  it('signs out: the token stops working', async () => {
    const token = await h.signIn(byName('赵磊').personId);
    expect((await h.fn('identity', { action: 'whoami' }, token)).ok).toBe(true);
    const out = (await h.post('/local/sign-out', {}, token)).body;
    expect(out).toEqual({ ok: true, data: { signedOut: true } });
    signOutData.parse(out.data);
    expect((await h.fn('identity', { action: 'whoami' }, token)).error?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an unknown demo person and malformed bodies, writing nothing', async () => {
    const before = await h.snapshot();
    expect((await h.post('/local/sign-in', { personId: 'nobody' })).body.error?.code).toBe('NOT_FOUND');
    expect((await h.post('/local/sign-in', { personId: 42 })).body.error?.code).toBe('INVALID_INPUT');
    expect((await h.post('/local/sign-in', { name: '高鹏' })).body.error).toEqual({ code: 'INVALID_INPUT', message: expect.stringContaining('绑定码') });
    expect((await h.post('/local/sign-in', { personId: byName('周浩').personId, openid: 'x' })).body.error?.code).toBe('INVALID_INPUT');
    expect(await h.snapshot()).toBe(before);
  });

  it('binds an unbound teacher by name + code once; the code is then spent', async () => {
    const hint = h.seed?.codes.find((c) => c.name === '高鹏');
    expect(hint?.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    // Only the hash is stored; the start-up banner still finds the unused code through it.
    expect(await describeUnusedCodes(h.server.store)).toContain(`高鹏（通榆县新华小学）绑定码 ${hint?.code}`);
    const wrong = await h.post('/local/sign-in', { name: '高鹏', code: 'ZZZZZZZZ' });
    expect(wrong.body.error?.code).toBe('NOT_FOUND');
    const first = await h.post('/local/sign-in', { name: '高鹏', code: hint?.code.toLowerCase() });
    expect(first.body).toMatchObject({ ok: true, data: { person: { name: '高鹏', schoolName: '通榆县新华小学' } } });
    const { token } = signInData.parse(first.body.data);
    expect(await h.fn('identity', { action: 'whoami' }, token)).toMatchObject({ ok: true, data: { bound: true } });
    const again = await h.post('/local/sign-in', { name: '高鹏', code: hint?.code });
    expect(again.body.error?.code).toBe('NOT_FOUND');
    expect(await describeUnusedCodes(h.server.store)).toBe('');
  });

  it('locks a name after 5 wrong codes, though every sign-in try is a new stand-in openid', async () => {
    const codes = [];
    for (let i = 0; i < 5; i += 1) codes.push((await h.post('/local/sign-in', { name: '路人甲', code: 'ZZZZZZZZ' })).body.error?.code);
    expect(codes).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'TOO_MANY_ATTEMPTS']);
    const locked = await h.post('/local/sign-in', { name: '路人甲', code: 'ZZZZZZZZ' });
    expect(locked.body.error).toEqual({ code: 'TOO_MANY_ATTEMPTS', message: expect.stringMatching(/请 15 分钟后再试（北京时间 \d\d:\d\d 以后）/) });
  });

  it('lets a session lapse after 30 days', async () => {
    const book = createSessionBook(h.server.store);
    const fresh = await book.open('local-demo-zhouh', '2026-10-25T06:00:00.000Z'); // 28 days before the test clock
    const stale = await book.open('local-demo-zhouh', '2026-10-20T06:00:00.000Z'); // 33 days before
    expect((await h.fn('identity', { action: 'whoami' }, fresh)).ok).toBe(true);
    expect((await h.fn('identity', { action: 'whoami' }, stale)).error?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps sessions across a server restart on the same data folder', async () => {
    const token = await h.signIn(byName('周浩').personId);
    const second = await createLocalServer({ dataDir: h.dataDir, port: 0, clientDir: '/nonexistent' });
    try {
      const url = await second.listen();
      const res = await fetch(`${url}/api/fn/identity`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: '{"action":"whoami"}',
      });
      expect(await res.json()).toMatchObject({ ok: true, data: { person: { name: '周浩' } } });
    } finally {
      await second.close(); // its own connection; the harness closes the first
    }
  });
});
