import type { ProgressReport } from '../../../../shared/schemas/progress-report';
import { submitAs } from '../testing/flows';
import { openWorld, type World } from '../testing/world';

let w: World;
beforeEach(async () => { w = await openWorld(); });
afterEach(async () => { await w.close(); });

const publishTongyu = () => w.ok('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026' }, 'zoe');
type Detail = {
  record: { id: string; schoolName: string; wouldAdd: number | null; teacherName: string };
  teacher: { name: string }; reviewedByName: string | null;
  before: ProgressReport | null; after: ProgressReport | null;
  warnings: { kind: string; text: string; recordId: string | null }[]; reading: unknown;
};
const detail = (id: string, who: 'paula' | 'oscar' | 'zoe' = 'paula') => w.ok<Detail>('review', { action: 'detail', recordId: id }, who);
const yearTotal = (r: ProgressReport | null) => r?.years.find((y) => y.year === 2026)?.total.earned;

describe('review.queue rows carry the school and what approval would add', () => {
  it('wouldAdd is the year total gain; null without a policy', async () => {
    const first = await submitAs(w, 'alice', { hours: 12 });
    let q = await w.ok<{ items: { id: string; schoolName: string; wouldAdd: number | null }[] }>('review', { action: 'queue' }, 'paula');
    expect(q.items[0]).toMatchObject({ id: first.id, schoolName: '第一小学', wouldAdd: null });
    await publishTongyu();
    w.now = '2026-06-01T03:00:00.000Z';
    await submitAs(w, 'alice', { hours: 60, title: '第二次集中培训' });
    q = await w.ok('review', { action: 'queue' }, 'paula');
    expect(q.items.map((i) => i.wouldAdd)).toEqual([12 * 100000, 60 * 100000]);
    await w.ok('review', { action: 'approve', recordId: first.id, version: 1 }, 'paula');
    q = await w.ok('review', { action: 'queue' }, 'paula');
    // 通榆 has no caps: the remaining record still adds all of its 60 学时 (1 学时 = 1 学分).
    expect(q.items.map((i) => i.wouldAdd)).toEqual([60 * 100000]);
  });
});

describe('review.detail', () => {
  it('before/after reports, the gain, school and teacher, no reading yet', async () => {
    await publishTongyu();
    const r = await submitAs(w, 'alice', { hours: 24 });
    const d = await detail(r.id);
    expect(d.record).toMatchObject({ id: r.id, schoolName: '第一小学', wouldAdd: 24 * 100000, teacherName: 'alice' });
    expect(yearTotal(d.before)).toBe(0);
    expect(yearTotal(d.after)).toBe(24 * 100000);
    expect(d.warnings).toEqual([]);
    expect(d.reading).toBeNull();
    expect(d.reviewedByName).toBeNull();
  });

  it('duplicate, retake, same title and dates, correction', async () => {
    await publishTongyu();
    const a = await submitAs(w, 'alice', { certificateNo: 'TY-2026-001' });
    const again = (await w.ok<{ record: { id: string } }>('records', {
      action: 'submit', requestId: 'req-retake-001', retake: true,
      record: { title: '复训', hours: 24, startDate: '2026-05-10', endDate: '2026-05-12', form: '集中', level: '县', content: '专业', certificateNo: 'TY 2026 001' },
    }, 'alice')).record;
    const d = await w.ok<Detail>('review', { action: 'detail', recordId: again.id }, 'paula');
    expect(d.warnings.map((x) => x.kind)).toEqual(['duplicate', 'retake']);
    expect(d.warnings[0]).toMatchObject({ recordId: a.id, text: expect.stringContaining('证书编号与《2026 年县级骨干教师集中培训》（待审核') });
    const twin = await submitAs(w, 'alice', {});
    expect((await detail(twin.id)).warnings).toEqual([
      expect.objectContaining({ kind: 'similar', recordId: a.id }),
    ]);
    await w.ok('review', { action: 'approve', recordId: a.id, version: 1 }, 'paula');
    const fix = await w.ok<{ record: { id: string } }>('records', { action: 'submit', requestId: 'req-fix-0001', corrects: a.id, record: { title: '更正', hours: 20, startDate: '2026-04-10', endDate: '2026-04-12', form: '集中', level: '县', content: '专业' } }, 'alice');
    const fd = await detail(fix.record.id);
    expect(fd.warnings.map((x) => x.kind)).toContain('correction');
    // The correction replaces the 24-学时 record: approving it changes the total by −4.
    expect(fd.record.wouldAdd).toBe(-4 * 100000);
  });

  it('names who handled a record that is no longer pending; scoped like approve', async () => {
    await publishTongyu();
    const r = await submitAs(w, 'alice');
    await w.ok('review', { action: 'return', recordId: r.id, version: 1, reason: '照片不清晰', fields: ['hours'] }, 'oscar');
    expect((await detail(r.id, 'paula')).reviewedByName).toBe('oscar');
    expect(await w.call('review', { action: 'detail', recordId: r.id }, 'alice')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.call('review', { action: 'detail', recordId: r.id }, 'quinn')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.call('review', { action: 'detail', recordId: r.id }, 'yara')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.call('review', { action: 'detail', recordId: 'nope' }, 'paula')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const own = await submitAs(w, 'paula');
    expect(await w.call('review', { action: 'detail', recordId: own.id }, 'paula')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('progress.teacher', () => {
  it('the full report of a teacher in scope', async () => {
    await publishTongyu();
    const r = await submitAs(w, 'alice', { hours: 10 });
    await w.ok('review', { action: 'approve', recordId: r.id, version: 1 }, 'paula');
    await submitAs(w, 'alice', { hours: 3, title: 'x' });
    const t = await w.ok<{ person: { name: string; schoolName: string }; report: ProgressReport; pendingCount: number }>('progress', { action: 'teacher', teacherId: 'alice', year: 2026 }, 'oscar');
    expect(t.person).toMatchObject({ name: 'alice', schoolName: '第一小学' });
    expect(t.pendingCount).toBe(1);
    expect(t.report.records.map((x) => x.recordId)).toEqual([r.id]);
    expect(await w.call('progress', { action: 'teacher', teacherId: 'alice' }, 'quinn')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.call('progress', { action: 'teacher', teacherId: 'alice' }, 'bob')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.call('progress', { action: 'teacher', teacherId: 'zoe' }, 'zoe')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
