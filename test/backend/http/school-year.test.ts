/**
 * Every action end to end over HTTP, as one school year in 新华小学: the county
 * imports a new teacher, she signs in with her binding code, previews, uploads
 * and submits; the principal returns, she fixes, it is approved; progress moves
 * by exactly the hours approved; roles, invites and a new policy version follow.
 */
import { certificatePng } from '../../../cloudfunctions/_local/seed/certificate-image';
import { startHarness, type Harness } from './harness';

interface Rec { id: string; version: number; status: string; certificates: { fileId: string; url?: string }[] }
interface Report { provisional: boolean; years: { total: { earned: number; provisional: number } }[]; verdict: { met: boolean } }

let h: Harness;
const t: Record<string, string> = {};
let newTeacherId = '';
let code = '';
const scale = 100_000; // credits are integers of 1/100 000 学分 (shared engine)

const training = (title: string, hours: number) => ({
  title, organizer: '通榆县教师进修学校', hours, startDate: '2026-10-24', endDate: '2026-10-25', form: '集中', level: '县', content: '专业', topic: title.slice(0, 6),
});
const ok = async <T>(fn: string, event: Record<string, unknown>, token: string | undefined): Promise<T> => {
  const res = await h.fn(fn, event, token);
  if (!res.ok) throw new Error(`${fn}.${String(event.action)} → ${JSON.stringify(res.error)}`);
  return res.data as T;
};
const earned = async (token: string | undefined) => (await ok<{ report: Report }>('progress', { action: 'mine', year: 2026 }, token)).report.years[0]?.total.earned ?? -1;

beforeAll(async () => {
  h = await startHarness();
  const people = ((await h.get('/local/demo-people')).body as { data: { people: { personId: string; name: string }[] } }).data.people;
  for (const name of ['刘淑琴', '李秀梅']) t[name] = await h.signIn(people.find((p) => p.name === name)?.personId ?? '');
});
afterAll(async () => { await h.close(); });

describe('a school year over HTTP', () => {
  it('the county admin reads the policy in force and imports a new teacher', async () => {
    const list = await ok<{ templates: { id: string }[]; published: { policyId: string; version: number }[] }>('policy', { action: 'list' }, t['刘淑琴']);
    expect(list.templates.map((x) => x.id)).toContain('tongyu-2026');
    expect(list.published).toEqual([expect.objectContaining({ policyId: 'tongyu-2026', version: 1 })]);
    const got = await ok<{ policy: { id: string } }>('policy', { action: 'get', year: 2026 }, t['刘淑琴']);
    expect(got.policy.id).toBe('tongyu-2026');
    const imported = await ok<{ created: number; people: { personId: string; bindingCode?: string }[] }>('roster', {
      action: 'import', rows: [{ name: '孟晓雪', schoolName: '通榆县新华小学', subject: '科学', phone: '13504361234' }],
    }, t['刘淑琴']);
    expect(imported.created).toBe(1);
    newTeacherId = imported.people[0]?.personId ?? '';
    code = imported.people[0]?.bindingCode ?? '';
    const roster = await ok<{ items: { id: string; bound: boolean; phoneMasked: string | null }[] }>('roster', { action: 'list', query: '孟' }, t['李秀梅']);
    expect(roster.items).toEqual([expect.objectContaining({ id: newTeacherId, bound: false, phoneMasked: '135****1234' })]);
  });

  it('she signs in with name + binding code', async () => {
    const res = await h.post('/local/sign-in', { name: '孟晓雪', code });
    expect(res.body.ok).toBe(true);
    t['孟晓雪'] = (res.body.data as { token: string }).token;
    expect(await ok('identity', { action: 'whoami' }, t['孟晓雪'])).toMatchObject({ bound: true, person: { id: newTeacherId, schoolName: '通榆县新华小学' } });
    expect(await earned(t['孟晓雪'])).toBe(0);
  });

  it('she previews a draft, uploads a photo and submits; the principal sees it waiting', async () => {
    const preview = await ok<{ report: Report; provisionalRecordIds: string[] }>('records', { action: 'preview', draft: training('科学实验教学专题培训', 16) }, t['孟晓雪']);
    expect(preview.provisionalRecordIds).toEqual(['draft']);
    // The preview counts the draft "if approved", and says which part is provisional.
    expect(preview.report.provisional).toBe(true);
    expect(preview.report.years[0]?.total.provisional).toBe(16 * scale);
    const up = await h.post('/local/upload', certificatePng(2026), t['孟晓雪'], { raw: true, contentType: 'image/png' });
    const uploadId = (up.body.data as { uploadId: string }).uploadId;
    const { record } = await ok<{ record: Rec }>('records', { action: 'submit', requestId: 'year-0001', record: training('科学实验教学专题培训', 16), uploadIds: [uploadId] }, t['孟晓雪']);
    t.recordId = record.id;
    const queue = await ok<{ items: Rec[]; total: number }>('review', { action: 'queue' }, t['李秀梅']);
    expect(queue.items.map((r) => r.id)).toContain(record.id);
    const full = await ok<{ record: Rec }>('records', { action: 'get', recordId: record.id }, t['李秀梅']);
    expect((await h.get(full.record.certificates[0]?.url ?? '/files/none', t['李秀梅'])).status).toBe(200);
  });

  it('returned, corrected, approved: progress moves by exactly the approved hours', async () => {
    const recordId = t.recordId as string;
    let r = (await ok<{ record: Rec }>('records', { action: 'get', recordId }, t['孟晓雪'])).record;
    r = (await ok<{ record: Rec }>('review', { action: 'return', recordId, version: r.version, reason: '证书上是 12 学时', fields: ['hours'] }, t['李秀梅'])).record;
    r = (await ok<{ record: Rec }>('records', { action: 'resubmit', recordId, version: r.version, record: training('科学实验教学专题培训', 12) }, t['孟晓雪'])).record;
    expect(r.status).toBe('resubmitted');
    expect(await earned(t['孟晓雪'])).toBe(0);
    await ok('review', { action: 'approve', recordId, version: r.version, note: '已核对证书' }, t['李秀梅']);
    expect(await earned(t['孟晓雪'])).toBe(12 * scale);
  });

  it('batch-approves two more, withdraws one, claims a cloud-style staged upload', async () => {
    const a = (await ok<{ record: Rec }>('records', { action: 'submit', requestId: 'year-0002', record: training('家校沟通艺术', 6) }, t['孟晓雪'])).record;
    const b = (await ok<{ record: Rec }>('records', { action: 'submit', requestId: 'year-0003', record: training('课堂观察与评价', 4.5) }, t['孟晓雪'])).record;
    const c = (await ok<{ record: Rec }>('records', { action: 'submit', requestId: 'year-0004', record: training('重复录入的培训', 3) }, t['孟晓雪'])).record;
    const batch = await ok<{ approved: number }>('review', { action: 'batch-approve', items: [a, b].map((r) => ({ recordId: r.id, version: r.version })) }, t['李秀梅']);
    expect(batch.approved).toBe(2);
    expect(await earned(t['孟晓雪'])).toBe(22.5 * scale);
    const withdrawn = (await ok<{ record: Rec }>('records', { action: 'withdraw', recordId: c.id, version: c.version, note: '重复录入' }, t['孟晓雪'])).record;
    expect(withdrawn.status).toBe('withdrawn');
    const staged = await h.server.files.put('staging/wx-0123456789abcdef.png', certificatePng(7), 'image/png');
    const claimed = await ok<{ uploadId: string }>('records', { action: 'upload-certificate', fileId: staged.fileId }, t['孟晓雪']);
    const d = (await ok<{ record: Rec }>('records', { action: 'submit', requestId: 'year-0005', record: training('校园安全演练', 2), uploadIds: [claimed.uploadId] }, t['孟晓雪'])).record;
    expect(d.certificates).toHaveLength(1);
    const mine = await ok<{ items: Rec[]; total: number }>('records', { action: 'list', year: 2026 }, t['孟晓雪']);
    expect(mine.items.map((r) => r.status).sort()).toEqual(['approved', 'approved', 'approved', 'submitted', 'withdrawn']);
  });

  it('school and county progress show her', async () => {
    const school = await ok<{ teachers: { teacherId: string; pendingCount: number }[] }>('progress', { action: 'school' }, t['李秀梅']);
    expect(school.teachers.find((x) => x.teacherId === newTeacherId)?.pendingCount).toBe(1);
    const county = await ok<{ schools: { schoolName: string; teacherCount: number }[] }>('progress', { action: 'county' }, t['刘淑琴']);
    expect(county.schools.find((s) => s.schoolName === '通榆县新华小学')?.teacherCount).toBeGreaterThanOrEqual(7);
  });

  it('roles, a re-invite that unbinds a lost phone, and a new policy version', async () => {
    const roles = await ok<{ roles: string[] }>('roster', { action: 'set-role', personId: newTeacherId, role: 'credit-officer', grant: true }, t['李秀梅']);
    expect(roles.roles.sort()).toEqual(['credit-officer', 'teacher']);
    const invite = await ok<{ code: string }>('roster', { action: 'invite', personId: newTeacherId, resetBinding: true }, t['刘淑琴']);
    expect(invite.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(await ok('identity', { action: 'whoami' }, t['孟晓雪'])).toEqual({ bound: false });
    const again = await h.post('/local/sign-in', { name: '孟晓雪', code: invite.code });
    expect(again.body.ok).toBe(true);
    const published = await ok<{ published: { version: number } }>('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026', expectedVersion: 1, note: '补充说明' }, t['刘淑琴']);
    expect(published.published.version).toBe(2);
    const mine = await ok<{ policy: { version: number } }>('progress', { action: 'mine' }, (again.body.data as { token: string }).token);
    expect(mine.policy.version).toBe(2);
  });
});
