/**
 * identity.bind against guessing: wrong tries are counted per openid and per
 * name (documents in bind_attempts, times from deps.clock); the 5th wrong try
 * within 15 minutes locks both for 15 minutes with TOO_MANY_ATTEMPTS and a
 * Chinese message saying when to try again. Binding codes are stored hashed.
 */
import { createHash } from 'node:crypto';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import { createStaticIdentity } from '../../adapters/local/static-identity';
import { functions, type FunctionResult } from '../../registry';
import { openWorld, T0, type World } from '../testing/world';

let w: World;
beforeEach(async () => { w = await openWorld(); });
afterEach(async () => { await w.close(); });

/** Binds as an arbitrary openid (the local sign-in uses a fresh one per try). */
const bindAs = (openid: string, name: string, code: string): Promise<FunctionResult> =>
  functions.identity({ action: 'bind', name, code }, { ...w.deps('stranger'), identity: createStaticIdentity(openid) });

async function newTeacher(name = '王老师'): Promise<{ personId: string; code: string }> {
  const data = await w.ok<{ people: { personId: string; bindingCode: string }[] }>('roster', { action: 'import', rows: [{ name, schoolId: 's1' }] }, 'zoe');
  return { personId: data.people[0]!.personId, code: data.people[0]!.bindingCode };
}
/** A valid-looking code that is not `code`. */
const other = (code: string) => (code === 'AAAAAAAA' ? 'BBBBBBBB' : 'AAAAAAAA');
const minutes = (n: number) => new Date(Date.parse(T0) + n * 60_000).toISOString();
const product = async () => {
  const { bind_attempts: _ignored, ...rest } = await w.counts();
  return rest;
};

describe('identity.bind attempt limit', () => {
  it('5 wrong tries from one WeChat lock it for 15 minutes, even for the right code; then it works', async () => {
    const { code } = await newTeacher();
    const before = await product();
    for (let i = 1; i <= 4; i += 1) {
      expect(await bindAs('oid-guess', '王老师', other(code))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    const fifth = await bindAs('oid-guess', '王老师', other(code));
    // T0 is 10:00 in Beijing: locked until 10:15.
    expect(fifth).toEqual({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', message: expect.stringMatching(/15 分钟.*10:15/) } });
    w.now = minutes(14);
    const still = await bindAs('oid-guess', '王老师', code);
    expect(still).toEqual({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', message: expect.stringMatching(/1 分钟.*10:15/) } });
    expect(await product()).toEqual(before);
    w.now = minutes(15);
    expect(await bindAs('oid-guess', '王老师', code)).toMatchObject({ ok: true, data: { person: { name: '王老师' } } });
  });

  it('5 wrong tries for one name from five WeChats lock that name, not other names', async () => {
    const { code } = await newTeacher('王老师');
    const li = await newTeacher('李老师');
    for (let i = 1; i <= 4; i += 1) {
      expect(await bindAs(`oid-fresh-${i}`, '王老师', other(code))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(await bindAs('oid-fresh-5', '王老师', other(code))).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
    expect(await bindAs('oid-fresh-6', '王老师', code)).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
    expect(await bindAs('oid-fresh-7', '李老师', li.code)).toMatchObject({ ok: true });
  });

  it('warns before locking, and wrong name and wrong code still answer alike', async () => {
    const { code } = await newTeacher();
    const wrongName = await bindAs('oid-a', '李老师', code);
    const wrongCode = await bindAs('oid-b', '王老师', other(code));
    expect(wrongName).toEqual(wrongCode);
    expect(wrongName).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.not.stringContaining('锁定') } });
    await bindAs('oid-b', '王老师', other(code));
    expect(await bindAs('oid-b', '王老师', other(code))).toMatchObject({ error: { code: 'NOT_FOUND', message: expect.stringContaining('再输错 2 次') } });
  });

  it('failures older than 15 minutes are forgotten', async () => {
    const { code } = await newTeacher();
    for (let i = 0; i < 4; i += 1) await bindAs('oid-slow', '王老师', other(code));
    w.now = minutes(16);
    for (let i = 0; i < 4; i += 1) {
      expect(await bindAs('oid-slow', '王老师', other(code))).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
  });

  it('a burst of parallel guesses is counted too: at most 5 are checked', async () => {
    const { code } = await newTeacher();
    const results = await Promise.all(Array.from({ length: 20 }, () => bindAs('oid-burst', '王老师', other(code))));
    expect(results.filter((r) => !r.ok && r.error.code === 'NOT_FOUND').length).toBeLessThanOrEqual(4);
    expect(results.filter((r) => !r.ok && r.error.code === 'TOO_MANY_ATTEMPTS').length).toBeGreaterThanOrEqual(16);
    expect(await bindAs('oid-burst', '王老师', code)).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
  });

  it('a successful bind clears the counters', async () => {
    const { code } = await newTeacher();
    for (let i = 0; i < 3; i += 1) await bindAs('oid-c', '王老师', other(code));
    await w.ok('identity', { action: 'bind', name: '王老师', code }, 'stranger');
    expect(await w.store.count(collections.bindAttempts, {})).toBe(1); // oid-c's own counter stays
    // The name's count started again: 4 more wrong tries do not lock it.
    for (let i = 0; i < 4; i += 1) {
      expect(await bindAs(`oid-e${i}`, '王老师', other(code))).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
  });

  it('already bound to this person: same answer, no try counted', async () => {
    const { code } = await newTeacher();
    await w.ok('identity', { action: 'bind', name: '王老师', code }, 'stranger');
    for (let i = 0; i < 6; i += 1) expect(await w.call('identity', { action: 'bind', name: '王老师', code: other(code) }, 'stranger')).toMatchObject({ ok: true });
    expect(await w.store.count(collections.bindAttempts, {})).toBe(0);
  });
});

describe('binding codes are stored hashed', () => {
  it('import and invite keep only a salted sha-256; the code shown once still binds', async () => {
    const wang = await newTeacher('王老师');
    const li = await newTeacher('李老师');
    const stored = await w.store.get<PersonDoc>(collections.people, wang.personId);
    expect(JSON.stringify(stored)).not.toContain(wang.code);
    expect(stored).toMatchObject({ bindingCodeSalt: expect.stringMatching(/^[0-9a-f]{32}$/), bindingCodeHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const salt = stored!.bindingCodeSalt as string;
    expect(stored!.bindingCodeHash).toBe(createHash('sha256').update(`${salt}\n${wang.code}`).digest('hex'));
    expect((await w.store.get<PersonDoc>(collections.people, li.personId))!.bindingCodeSalt).not.toBe(salt);

    const invited = await w.ok<{ code: string }>('roster', { action: 'invite', personId: wang.personId }, 'zoe');
    const after = await w.store.get<PersonDoc>(collections.people, wang.personId);
    expect(JSON.stringify(after)).not.toContain(invited.code);
    expect(after!.bindingCodeSalt).not.toBe(salt);
    expect(await bindAs('oid-old', '王老师', wang.code)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await bindAs('oid-new', '王老师', invited.code.toLowerCase())).toMatchObject({ ok: true });
    expect(await w.store.get<PersonDoc>(collections.people, wang.personId)).toMatchObject({ bindingCodeHash: null, bindingCodeSalt: null });
  });
});
