/**
 * The escalation chains an outside probe found (issue 6), replayed over HTTP
 * against the seeded demo county. Each chain is walked as far as the server
 * lets it go; the test then asserts it went nowhere: the first step is
 * refused with FORBIDDEN and a Chinese message, nothing is written, and the
 * person she tried to take over still signs in as before.
 */
import { startHarness, type Harness } from './harness';

let h: Harness;
const t: Record<string, string> = {};
const id: Record<string, string> = {};
const yizhong = 'school-tongyu-1z';

const training = (title: string) => ({
  title, organizer: '通榆县教师进修学校', hours: 4, startDate: '2026-10-24', endDate: '2026-10-24', form: '集中', level: '县', content: '专业', topic: '班级管理',
});

beforeAll(async () => {
  h = await startHarness();
  const people = ((await h.get('/local/demo-people')).body as { data: { people: { personId: string; name: string }[] } }).data.people;
  for (const name of ['刘淑琴', '王建国', '孙丽华', '赵磊', '李秀梅']) {
    id[name] = people.find((p) => p.name === name)?.personId ?? '';
    t[name] = await h.signIn(id[name] as string);
  }
});
afterAll(async () => { await h.close(); });

/** Signs in with name + binding code as a brand-new WeChat would; null when refused. */
async function signInWithCode(name: string, code: string): Promise<string | null> {
  const res = await h.post('/local/sign-in', { name, code });
  return res.body.ok ? (res.body.data as { token: string }).token : null;
}

async function expectRefused(res: { ok: boolean; error?: { code: string; message: string } }, mentions: RegExp) {
  expect(res.ok).toBe(false);
  expect(res.error?.code).toBe('FORBIDDEN');
  expect(res.error?.message).toMatch(mentions);
}

describe('roles cannot climb (issue 6 chains)', () => {
  it('a credit officer cannot invite her principal, sign in as him and approve her own record', async () => {
    const own = await h.fn('records', { action: 'submit', requestId: 'escalate-own-0001', record: training('孙丽华自己的培训') }, t['孙丽华']);
    const record = (own.data as { record: { id: string; version: number } }).record;
    const before = await h.snapshot();

    const invite = await h.fn('roster', { action: 'invite', personId: id['王建国'] }, t['孙丽华']);
    const reached = { invited: invite.ok, signedInAsPrincipal: false, approvedOwnRecord: false };
    if (invite.ok) { // today's weakness: walk on to show how far it goes
      const token = await signInWithCode('王建国', (invite.data as { code: string }).code);
      reached.signedInAsPrincipal = token !== null;
      if (token) reached.approvedOwnRecord = (await h.fn('review', { action: 'approve', recordId: record.id, version: record.version }, token)).ok;
    }
    expect(reached).toEqual({ invited: false, signedInAsPrincipal: false, approvedOwnRecord: false });
    await expectRefused(invite, /王建国.*校长.*县级管理员/);
    expect(await h.snapshot()).toBe(before);
    // The real principal keeps his WeChat.
    expect(await h.fn('identity', { action: 'whoami' }, t['王建国'])).toMatchObject({ ok: true, data: { bound: true, person: { name: '王建国' } } });
    // Nor can she reset his binding (lock him out) or take his roles.
    await expectRefused(await h.fn('roster', { action: 'invite', personId: id['王建国'], resetBinding: true }, t['孙丽华']), /校长/);
    await expectRefused(await h.fn('roster', { action: 'set-role', personId: id['王建国'], role: 'principal', grant: false }, t['孙丽华']), /校长/);
    expect(await h.snapshot()).toBe(before);
  });

  it('a credit officer cannot reach a county admin who belongs to her school, nor make herself one', async () => {
    const imported = await h.fn('roster', { action: 'import', rows: [{ name: '郭主任', schoolId: yizhong, subject: '教研' }] }, t['刘淑琴']);
    const guoId = (imported.data as { people: { personId: string }[] }).people[0]?.personId as string;
    expect((await h.fn('roster', { action: 'set-role', personId: guoId, role: 'county-admin', grant: true }, t['刘淑琴'])).ok).toBe(true);
    const before = await h.snapshot();

    const invite = await h.fn('roster', { action: 'invite', personId: guoId }, t['孙丽华']);
    const reached = { invited: invite.ok, signedIn: false, grantedHerselfCountyAdmin: false, readCounty: false };
    if (invite.ok) {
      const token = await signInWithCode('郭主任', (invite.data as { code: string }).code);
      reached.signedIn = token !== null;
      if (token) {
        reached.grantedHerselfCountyAdmin = (await h.fn('roster', { action: 'set-role', personId: id['孙丽华'], role: 'county-admin', grant: true }, token)).ok;
        reached.readCounty = (await h.fn('progress', { action: 'county', countyId: 'county-tongyu', year: 2026 }, t['孙丽华'])).ok;
      }
    }
    expect(reached).toEqual({ invited: false, signedIn: false, grantedHerselfCountyAdmin: false, readCounty: false });
    await expectRefused(invite, /郭主任.*县级管理员/);
    await expectRefused(await h.fn('roster', { action: 'set-role', personId: id['孙丽华'], role: 'county-admin', grant: true }, t['孙丽华']), /自己/);
    await expectRefused(await h.fn('roster', { action: 'import', rows: [{ name: '郭主任', schoolId: yizhong, active: false }] }, t['孙丽华']), /郭主任/);
    expect(await h.snapshot()).toBe(before);
  });

  it('a credit officer cannot deactivate (or re-status) her principal through roster.import, not even in a dry run', async () => {
    const before = await h.snapshot();
    const deactivate = await h.fn('roster', { action: 'import', rows: [{ name: '王建国', schoolId: yizhong, active: false }] }, t['孙丽华']);
    await expectRefused(deactivate, /第 1 行.*王建国.*校长/);
    await expectRefused(await h.fn('roster', { action: 'import', dryRun: true, rows: [{ name: '王建国', schoolId: yizhong, active: false }] }, t['孙丽华']), /王建国/);
    await expectRefused(await h.fn('roster', {
      action: 'import', rows: [{ name: '王建国', schoolId: yizhong, statuses: [{ status: 'maternity', years: [2026] }] }],
    }, t['孙丽华']), /王建国/);
    // One refused row and the whole list is refused: the teacher in row 1 is not written either.
    await expectRefused(await h.fn('roster', {
      action: 'import', rows: [{ name: '赵磊', schoolId: yizhong, subject: '物理' }, { name: '王建国', schoolId: yizhong, active: false }],
    }, t['孙丽华']), /第 2 行/);
    expect(await h.snapshot()).toBe(before);
    expect(await h.fn('identity', { action: 'whoami' }, t['王建国'])).toMatchObject({ ok: true, data: { bound: true } });
  });

  it('reviewers cannot change their own statuses (which would lower their requirements)', async () => {
    const before = await h.snapshot();
    const maternity = [{ status: 'maternity', years: [2026] }];
    await expectRefused(await h.fn('roster', { action: 'import', rows: [{ name: '王建国', schoolId: yizhong, statuses: maternity }] }, t['王建国']), /自己/);
    await expectRefused(await h.fn('roster', { action: 'import', rows: [{ name: '孙丽华', schoolId: yizhong, statuses: maternity }] }, t['孙丽华']), /自己/);
    await expectRefused(await h.fn('roster', { action: 'set-role', personId: id['孙丽华'], role: 'credit-officer', grant: false }, t['孙丽华']), /自己/);
    expect(await h.snapshot()).toBe(before);
  });

  it('what a school may still do: its principal keeps the teachers\' roster (statuses, leaving, new codes)', async () => {
    const maternity = await h.fn('roster', { action: 'import', rows: [{ name: '赵磊', schoolId: yizhong, statuses: [{ status: 'maternity', years: [2026] }] }] }, t['王建国']);
    expect(maternity).toMatchObject({ ok: true, data: { updated: 1 } });
    expect(await h.fn('roster', { action: 'invite', personId: id['赵磊'] }, t['孙丽华'])).toMatchObject({ ok: true });
    // The county admin still manages reviewers.
    expect(await h.fn('roster', { action: 'invite', personId: id['王建国'] }, t['刘淑琴'])).toMatchObject({ ok: true });
  });
});
