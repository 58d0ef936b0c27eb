/**
 * Fuzzing every action over HTTP: each event is a valid base event of that
 * action (the ones in test/backend/http/bad-input.test.ts) bent by fast-check —
 * a field replaced by junk, dropped, extra keys, the record's fields scrambled,
 * the action renamed, or a random object outright — sent as a teacher, a
 * principal, the county admin or nobody. Every answer must be the envelope:
 * ok with data, or a refusal with a known code and a short Chinese message;
 * never a 5xx, a dropped connection or INTERNAL.
 */
import fc from 'fast-check';
import { errorCodes } from '../../shared/schemas/api/envelope';
import { maxMessageChars } from '../../shared/schemas/api/format-issues';
import { post, type CallResult } from './http';

const record = {
  title: '中小学班主任工作能力提升培训', organizer: '通榆县教师进修学校', hours: 12, startDate: '2026-09-19', endDate: '2026-09-20',
  form: '集中', level: '县', content: '专业', topic: '班级管理',
};
const school = 'school-tongyu-1z';

/** One valid base event per action (function, event). */
export const baseEvents: Record<string, [string, Record<string, unknown>]> = {
  'identity.whoami': ['identity', { action: 'whoami' }],
  'identity.subscriptions': ['identity', { action: 'subscriptions' }],
  'identity.subscribe': ['identity', { action: 'subscribe', kinds: ['new-session'] }],
  'identity.bind': ['identity', { action: 'bind', name: '高鹏', code: 'ABCDEFGH' }],
  'records.submit': ['records', { action: 'submit', requestId: 'fuzz-0000001', record }],
  'records.preview': ['records', { action: 'preview', year: 2026, draft: record }],
  'records.upload-certificate': ['records', { action: 'upload-certificate', fileId: 'staging/wx-abcdefgh.jpg' }],
  'records.list': ['records', { action: 'list', year: 2026, limit: 10, skip: 0 }],
  'records.get': ['records', { action: 'get', recordId: 'r_unknown' }],
  'records.resubmit': ['records', { action: 'resubmit', recordId: 'r_unknown', version: 1, record }],
  'records.withdraw': ['records', { action: 'withdraw', recordId: 'r_unknown', version: 1, note: '填错了' }],
  'review.queue': ['review', { action: 'queue', year: 2026, schoolId: school, limit: 20 }],
  'review.approve': ['review', { action: 'approve', recordId: 'r_unknown', version: 1 }],
  'review.return': ['review', { action: 'return', recordId: 'r_unknown', version: 1, reason: '证书看不清', fields: ['hours'] }],
  'review.batch-approve': ['review', { action: 'batch-approve', items: [{ recordId: 'r_unknown', version: 1 }] }],
  'progress.mine': ['progress', { action: 'mine', year: 2026 }],
  'progress.school': ['progress', { action: 'school', schoolId: school, year: 2026 }],
  'progress.county': ['progress', { action: 'county', countyId: 'county-tongyu', year: 2026 }],
  'roster.import': ['roster', { action: 'import', rows: [{ name: '新老师', schoolId: school }], dryRun: true }],
  'roster.list': ['roster', { action: 'list', schoolId: school, query: '王' }],
  'roster.set-role': ['roster', { action: 'set-role', personId: 'person-admin-liu', role: 'teacher', grant: false }],
  'roster.invite': ['roster', { action: 'invite', personId: 'person-admin-liu' }],
  'policy.list': ['policy', { action: 'list', countyId: 'county-tongyu' }],
  'policy.get': ['policy', { action: 'get', countyId: 'county-tongyu', year: 2026 }],
  'policy.publish': ['policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026', expectedVersion: 99, note: '模糊测试' }],
  'policy.roll-over': ['policy', { action: 'roll-over', fromYear: 2026, toYear: 2027, dryRun: true }],
  'records.read-certificate': ['records', { action: 'read-certificate', uploadId: 'u_unknown' }],
  'review.detail': ['review', { action: 'detail', recordId: 'r_unknown' }],
  'progress.teachers': ['progress', { action: 'teachers', schoolId: school, year: 2026, sort: 'shortfall' }],
  'progress.teacher': ['progress', { action: 'teacher', teacherId: 'person-unknown', year: 2026 }],
  'registers.schools': ['registers', { action: 'schools' }],
  'registers.card': ['registers', { action: 'card', schoolId: school, year: 2026 }],
  'registers.school-table': ['registers', { action: 'school-table', schoolId: school, year: 2026 }],
  'registers.county-table': ['registers', { action: 'county-table', countyId: 'county-tongyu', year: 2026 }],
  'registers.my-archive': ['registers', { action: 'my-archive', year: 2026 }],
  'registers.sign-in-sheet': ['registers', { action: 'sign-in-sheet', sessionId: 'ts_unknown' }],
  'registers.exports': ['registers', { action: 'exports', schoolId: school }],
  'registers.audit': ['registers', { action: 'audit', schoolId: school, limit: 20 }],
  // training (decision 016): unknown sessions and codes, so fuzzing never signs anyone in by chance.
  'training.list': ['training', { action: 'list', year: 2026 }],
  'training.get': ['training', { action: 'get', sessionId: 'ts_unknown' }],
  'training.create': ['training', { action: 'create', scope: 'school', template: { title: '模糊测试研修', form: '校本', level: '校' }, hours: 2, date: '2026-11-22', startsAt: '2026-11-22T06:00:00.000Z', endsAt: '2026-11-22T08:00:00.000Z', place: '会议室' }],
  'training.update': ['training', { action: 'update', sessionId: 'ts_unknown', version: 1, template: { title: '模糊测试研修', form: '校本', level: '校' }, hours: 2, date: '2026-11-22', startsAt: '2026-11-22T06:00:00.000Z', endsAt: '2026-11-22T08:00:00.000Z', place: '会议室' }],
  'training.cancel': ['training', { action: 'cancel', sessionId: 'ts_unknown', version: 1 }],
  'training.code': ['training', { action: 'code', sessionId: 'ts_unknown' }],
  'training.sign-in': ['training', { action: 'sign-in', code: 'ABCDEFGHJK' }],
  'training.sign-out': ['training', { action: 'sign-out', code: 'ABCDEFGHJK' }],
  'training.mark': ['training', { action: 'mark', sessionId: 'ts_unknown', teacherIds: ['person-unknown'], present: true }],
  'training.assess': ['training', { action: 'assess', sessionId: 'ts_unknown', version: 1, passedIds: [] }],
  'training.close': ['training', { action: 'close', sessionId: 'ts_unknown', version: 1 }],
  'training.mine': ['training', { action: 'mine', year: 2026 }],
};

const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(), fc.constant(null), fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }), fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
  fc.constantFrom('x'.repeat(100_000), -1, 0, 2 ** 53, '../../etc/passwd', 'cloud://env-1/staging/abcdefgh.png', '2026-02-30', '9999-12-31', '', ' ', '\u0000', '<script>', 'person-admin-liu', 'county-yongji'),
);

/** Bends a base event in one of several ways. */
function mutated(base: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(base);
  const key = fc.constantFrom(...keys);
  return fc.oneof(
    fc.tuple(key, junk).map(([k, v]) => ({ ...base, [k]: v })),
    key.map((k) => Object.fromEntries(Object.entries(base).filter(([x]) => x !== k))),
    fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), junk, { minKeys: 1, maxKeys: 3 }).map((extra) => ({ ...base, ...extra, action: base.action })),
    fc.tuple(fc.constantFrom(...Object.keys(record)), junk).map(([k, v]) => ({ ...base, ...('record' in base ? { record: { ...record, [k]: v } } : {}), ...('draft' in base ? { draft: { ...record, [k]: v } } : {}) })),
    fc.string({ maxLength: 20 }).map((a) => ({ ...base, action: a })),
    fc.record({ year: fc.integer({ min: 1990, max: 2200 }), version: fc.integer({ min: -2, max: 5 }) }).map((v) => ({ ...base, ...Object.fromEntries(Object.entries(v).filter(([k]) => k in base)) })),
    fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 }),
    fc.constant(base),
  );
}

export interface FuzzStats { action: string; events: number; ok: number; refused: number; codes: Record<string, number>; ms: number[] }

/** What is wrong with one answer, or null when it is a proper envelope. */
export function envelopeViolation(res: CallResult): string | null {
  if (res.network) return '连接失败或超时';
  if (res.status >= 500) return `HTTP ${res.status}`;
  const body = res.body;
  if (!body || typeof body.ok !== 'boolean') return `不是信封格式（HTTP ${res.status}）`;
  if (body.ok) return body.data === undefined ? 'ok 但没有 data' : null;
  const err = body.error;
  if (!err || !(errorCodes as readonly string[]).includes(err.code)) return `未知错误码 ${String(err?.code)}`;
  if (err.code === 'INTERNAL') return 'INTERNAL';
  if (!/[\u4e00-\u9fff]/.test(err.message)) return '错误信息不是中文';
  if (err.message.length > maxMessageChars) return `错误信息过长（${err.message.length} 字）`;
  return null;
}

/** Fuzzes every action `perAction` times against `url`, with `tokens` for teacher / principal / admin. */
export async function fuzzAll(url: string, tokens: (string | undefined)[], perAction: number, seed: number, violations: string[]): Promise<FuzzStats[]> {
  const stats: FuzzStats[] = [];
  for (const [action, [fn, base]] of Object.entries(baseEvents)) {
    const events = fc.sample(mutated(base), { numRuns: perAction, seed: seed + stats.length });
    const s: FuzzStats = { action, events: 0, ok: 0, refused: 0, codes: {}, ms: [] };
    let next = 0;
    const worker = async () => {
      while (next < events.length) {
        const i = next++;
        const res = await post(url, `/api/fn/${fn}`, events[i], tokens[i % tokens.length]);
        s.events += 1;
        s.ms.push(res.ms);
        const bad = envelopeViolation(res);
        if (bad) violations.push(`fuzz ${action} #${i}: ${bad}: ${JSON.stringify(events[i]).slice(0, 160)}`);
        else if (res.body?.ok) s.ok += 1;
        else { s.refused += 1; const c = res.body?.error?.code ?? '?'; s.codes[c] = (s.codes[c] ?? 0) + 1; }
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    stats.push(s);
  }
  return stats;
}
