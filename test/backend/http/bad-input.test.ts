/**
 * Bad input over HTTP, signed in as real seeded people: every action fed
 * forged identities, unknown keys, missing and mistyped fields and huge
 * strings; then the record and policy values a form can get wrong (absurd
 * hours, impossible or out-of-range dates, unknown policy). Each answer is a
 * refusal with a stable code and a Chinese message, and nothing is written.
 */
import { startHarness, type Harness } from './harness';
import { wrongType } from '../../../cloudfunctions/_core/use-cases/testing/wrong-type';

type Who = 'teacher' | 'principal' | 'admin';
interface Case { who: Who; fn: string; base: Record<string, unknown>; required: string[] }

const record = {
  title: '中小学班主任工作能力提升培训', organizer: '通榆县教师进修学校', hours: 12, startDate: '2026-09-19', endDate: '2026-09-20',
  form: '集中', level: '县', content: '专业', topic: '班级管理',
};

const cases: Case[] = [
  { who: 'teacher', fn: 'identity', base: { action: 'whoami' }, required: [] },
  { who: 'teacher', fn: 'identity', base: { action: 'bind', name: '高鹏', code: 'ABCDEFGH' }, required: ['name', 'code'] },
  { who: 'teacher', fn: 'records', base: { action: 'submit', requestId: 'bad-input-0001', record, retake: false }, required: ['requestId', 'record'] },
  { who: 'teacher', fn: 'records', base: { action: 'list', year: 2026, limit: 10, skip: 0 }, required: [] },
  { who: 'teacher', fn: 'records', base: { action: 'get', recordId: 'r_unknown' }, required: ['recordId'] },
  { who: 'teacher', fn: 'records', base: { action: 'resubmit', recordId: 'r_unknown', version: 1, record }, required: ['recordId', 'version'] },
  { who: 'teacher', fn: 'records', base: { action: 'withdraw', recordId: 'r_unknown', version: 1, note: '填错了' }, required: ['recordId', 'version'] },
  { who: 'teacher', fn: 'records', base: { action: 'preview', year: 2026, draft: record }, required: [] },
  { who: 'teacher', fn: 'records', base: { action: 'upload-certificate', fileId: 'staging/wx-abcdefgh.jpg' }, required: ['fileId'] },
  { who: 'principal', fn: 'review', base: { action: 'queue', year: 2026, schoolId: 'school-tongyu-1z', limit: 20 }, required: [] },
  { who: 'principal', fn: 'review', base: { action: 'approve', recordId: 'r_unknown', version: 1, note: '同意' }, required: ['recordId', 'version'] },
  { who: 'principal', fn: 'review', base: { action: 'return', recordId: 'r_unknown', version: 1, reason: '证书看不清', fields: ['hours'] }, required: ['recordId', 'version', 'reason'] },
  { who: 'principal', fn: 'review', base: { action: 'batch-approve', items: [{ recordId: 'r_unknown', version: 1 }] }, required: ['items'] },
  { who: 'teacher', fn: 'progress', base: { action: 'mine', year: 2026 }, required: [] },
  { who: 'principal', fn: 'progress', base: { action: 'school', schoolId: 'school-tongyu-1z', year: 2026 }, required: [] },
  { who: 'admin', fn: 'progress', base: { action: 'county', countyId: 'county-tongyu', year: 2026 }, required: [] },
  { who: 'admin', fn: 'roster', base: { action: 'import', rows: [{ name: '新老师', schoolId: 'school-tongyu-1z' }], dryRun: true }, required: ['rows'] },
  { who: 'admin', fn: 'roster', base: { action: 'list', schoolId: 'school-tongyu-1z', query: '王' }, required: [] },
  { who: 'admin', fn: 'roster', base: { action: 'set-role', personId: 'person-admin-liu', role: 'teacher', grant: false }, required: ['personId', 'role', 'grant'] },
  { who: 'admin', fn: 'roster', base: { action: 'invite', personId: 'person-admin-liu', resetBinding: false }, required: ['personId'] },
  { who: 'admin', fn: 'policy', base: { action: 'list', countyId: 'county-tongyu' }, required: [] },
  { who: 'admin', fn: 'policy', base: { action: 'get', countyId: 'county-tongyu', year: 2026 }, required: [] },
  { who: 'admin', fn: 'policy', base: { action: 'publish', year: 2026, policyId: 'tongyu-2026', expectedVersion: 1 }, required: ['year'] },
  { who: 'admin', fn: 'policy', base: { action: 'roll-over', fromYear: 2026, toYear: 2027, expectedVersion: 0, dryRun: true }, required: ['fromYear', 'toYear'] },
];


type Variant = [name: string, what: string, who: Who, fn: string, event: Record<string, unknown>];

const shapeVariants: Variant[] = cases.flatMap(({ who, fn, base, required }) => {
  const name = `${fn}.${String(base.action)}`;
  const v = (what: string, event: Record<string, unknown>): Variant => [name, what, who, fn, event];
  const out = [
    v('a forged openid of the county admin', { ...base, openid: 'local-demo-admin' }),
    v('a forged OPENID', { ...base, OPENID: 'local-demo-admin' }),
    v('a forged userInfo', { ...base, userInfo: { openId: 'local-demo-admin' } }),
    v('server-owned credits sent along', { ...base, credits: 999 }),
    v('an unknown action', { ...base, action: `${String(base.action)}-everything` }),
  ];
  for (const f of required) {
    const { [f]: _drop, ...rest } = base;
    out.push(v(`missing ${f}`, rest));
  }
  for (const f of Object.keys(base).filter((k) => k !== 'action')) {
    out.push(v(`${f} of the wrong type`, { ...base, [f]: wrongType(base[f]) }));
    if (typeof base[f] === 'string') out.push(v(`${f} of 100 000 characters`, { ...base, [f]: '学'.repeat(100_000) }));
    if (typeof base[f] === 'number') out.push(v(`${f} negative`, { ...base, [f]: -5 }), v(`${f} absurd`, { ...base, [f]: 1e15 }));
  }
  return out;
});

/** What a teacher can get wrong on the form, for submit, resubmit and preview alike. */
const recordMistakes: [string, Record<string, unknown>][] = [
  ['negative hours', { hours: -8 }],
  ['zero hours', { hours: 0 }],
  ['hours not in halves', { hours: 2.3 }],
  ['absurd hours', { hours: 50_000 }],
  ['hours as text', { hours: '十二' }],
  ['a date that does not exist', { startDate: '2026-02-30', endDate: '2026-02-30' }],
  ['a date before 2000', { startDate: '1999-12-30', endDate: '1999-12-31' }],
  ['a date after 2100', { startDate: '2101-01-01', endDate: '2101-01-02' }],
  ['a date not in YYYY-MM-DD', { startDate: '2026/9/19' }],
  ['an end before the start', { startDate: '2026-09-20', endDate: '2026-09-19' }],
  ['an empty title', { title: '   ' }],
  ['a 101-character title', { title: '培'.repeat(101) }],
  ['an unknown form', { form: '函授' }],
  ['an unknown level', { level: '乡' }],
  ['eleven tags', { tags: Array.from({ length: 11 }, (_, i) => `标签${i}`) }],
  ['an award of an unknown grade', { award: { grade: '特等', level: '县' } }],
];

const recordVariants: Variant[] = recordMistakes.flatMap(([what, patch]) => [
  ['records.submit', what, 'teacher', 'records', { action: 'submit', requestId: 'bad-record-0001', record: { ...record, ...patch } }] as Variant,
  ['records.preview', what, 'teacher', 'records', { action: 'preview', draft: { ...record, ...patch } }] as Variant,
]);

describe('bad input over HTTP', () => {
  let h: Harness;
  const tokens = {} as Record<Who, string>;
  beforeAll(async () => {
    h = await startHarness();
    tokens.teacher = await h.signIn(await personId(h, '赵磊'));
    tokens.principal = await h.signIn(await personId(h, '王建国'));
    tokens.admin = await h.signIn('person-admin-liu');
  });
  afterAll(async () => { await h.close(); });

  it.each([...shapeVariants, ...recordVariants])('%s with %s → INVALID_INPUT, nothing written', async (_name, _what, who, fn, event) => {
    const before = await h.snapshot();
    const res = await h.fn(fn, event, tokens[who]);
    expect(res.ok).toBe(false);
    expect(res.error?.code).toBe('INVALID_INPUT');
    expect(res.error?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(res.error?.message.length).toBeLessThan(400);
    expect(await h.snapshot()).toBe(before);
  });

  it('resubmit refuses a corrected record that is no better (checked against a real returned record)', async () => {
    const zhao = await personId(h, '赵磊');
    const list = await h.fn('records', { action: 'list', status: 'returned' }, tokens.teacher);
    const returned = (list.data as { items: { id: string; version: number; teacherId: string }[] }).items[0];
    expect(returned?.teacherId).toBe(zhao);
    for (const [, patch] of recordMistakes) {
      const before = await h.snapshot();
      const res = await h.fn('records', { action: 'resubmit', recordId: returned?.id, version: returned?.version, record: { ...record, ...patch } }, tokens.teacher);
      expect(res.error?.code).toBe('INVALID_INPUT');
      expect(await h.snapshot()).toBe(before);
    }
  });

  it.each([
    ['a policy that does not exist', { action: 'publish', year: 2026, policyId: 'nowhere-2026', expectedVersion: 1 }, ['NOT_FOUND']],
    ['a policy for a year it does not cover', { action: 'publish', year: 2031, policyId: 'tongyu-2026', expectedVersion: 0 }, ['POLICY_INVALID']],
    ['custom policy data that is not a policy', { action: 'publish', year: 2026, data: { id: 'x' }, expectedVersion: 1 }, ['POLICY_INVALID']],
    ['a stale expected version', { action: 'publish', year: 2026, policyId: 'tongyu-2026', expectedVersion: 0 }, ['VERSION_CONFLICT']],
    ['a roll-over back in time', { action: 'roll-over', fromYear: 2026, toYear: 2025 }, ['INVALID_INPUT']],
    ['a roll-over onto the same year', { action: 'roll-over', fromYear: 2026, toYear: 2026 }, ['INVALID_INPUT']],
    ['a roll-over from a year without a policy', { action: 'roll-over', fromYear: 2030, toYear: 2031 }, ['NOT_FOUND']],
    ['a roll-over with a stale expected version', { action: 'roll-over', fromYear: 2026, toYear: 2027, expectedVersion: 1 }, ['VERSION_CONFLICT']],
    ['a roll-over year that is not a number', { action: 'roll-over', fromYear: '2026', toYear: 2027 }, ['INVALID_INPUT']],
  ])('policy.publish / roll-over with %s is refused and writes nothing', async (_what, event, codes) => {
    const before = await h.snapshot();
    const res = await h.fn('policy', event, tokens.admin);
    expect(codes).toContain(res.error?.code);
    expect(res.error?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await h.snapshot()).toBe(before);
  });

  it.each([
    ['progress of a year without a policy', 'progress', { action: 'mine', year: 2031 }],
    ['a teacher’s records outside the policy’s years', 'records', { action: 'preview', year: 2019 }],
  ])('%s answers a clear refusal', async (_what, fn, event) => {
    const res = await h.fn(fn, event, tokens.teacher);
    expect(res.ok).toBe(false);
    expect(res.error?.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

async function personId(h: Harness, name: string): Promise<string> {
  const people = ((await h.get('/local/demo-people')).body as { data: { people: { personId: string; name: string }[] } }).data.people;
  const p = people.find((x) => x.name === name);
  if (!p) throw new Error(name);
  return p.personId;
}
