import { formatAmount } from '../../../../shared/credits';
import { pendingCreditSchema } from '../../../../shared/schemas/api/progress';
import { recordExplanationSchema, type ProgressReport } from '../../../../shared/schemas/progress-report';
import { recordIn, submitAs } from '../testing/flows';
import { openWorld, type World } from '../testing/world';
import { requirementUnitOf } from './mine-extras';

let w: World;
beforeEach(async () => { w = await openWorld(); });
afterEach(async () => { await w.close(); });

interface Mine {
  report: ProgressReport; pendingCount: number; pending: unknown[]; unit: string;
  deadlines: Array<{ from?: string; to: string; source: string }>; explanation?: unknown;
}
const mine = (event: Record<string, unknown> = {}, who: 'alice' | 'bob' = 'alice') => w.ok<Mine>('progress', { action: 'mine', ...event }, who);
const publishTongyu = () => w.ok('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026' }, 'zoe');

describe('progress.mine for the teacher screens', () => {
  it('progress.teacher shows a reviewer the same pending credits, unit and hand-in dates the teacher sees', async () => {
    await publishTongyu();
    await recordIn(w, 'approved');
    await submitAs(w, 'alice', { title: '心理健康专题', hours: 6, content: '公需', form: '网络' });
    const m = await mine();
    const t = await w.ok<Mine>('progress', { action: 'teacher', teacherId: 'alice', year: 2026 }, 'paula');
    expect(t.pending).toEqual(m.pending);
    expect(t.pending).toHaveLength(1);
    expect({ unit: t.unit, deadlines: t.deadlines, pendingCount: t.pendingCount }).toEqual({ unit: m.unit, deadlines: m.deadlines, pendingCount: 1 });
    expect(t.deadlines.length).toBeGreaterThan(0);
  });

  it('pending records say what approval would add, without changing the figures', async () => {
    await publishTongyu();
    const approved = await recordIn(w, 'approved');
    const pending = await submitAs(w, 'alice', { title: '心理健康专题', hours: 6, content: '公需', form: '网络' });
    const m = await mine();
    expect(m.report.years[0]!.total.earned).toBe(24 * 100000);
    expect(m.pendingCount).toBe(1);
    expect(m.pending.map((p) => pendingCreditSchema.parse(p))).toEqual([
      { recordId: pending.id, title: '心理健康专题', categoryId: 'gongxu', categoryName: '公需科目', credits: 6 * 100000, reason: null },
    ]);
    expect(m.report.records.map((r) => r.recordId)).toEqual([approved.id]);
  });

  it('keeps the answer compact (no chains) and gives one record’s chain when asked', async () => {
    await publishTongyu();
    const approved = await recordIn(w, 'approved');
    const pending = await submitAs(w, 'alice', { hours: 8 });
    const m = await mine();
    expect(m.report.records[0]!.steps).toEqual([]);
    expect(m.explanation).toBeUndefined();

    const one = await mine({ recordId: approved.id });
    const chain = recordExplanationSchema.parse(one.explanation);
    expect(chain).toMatchObject({ recordId: approved.id, counted: true, provisional: false, categoryName: '专业科目 › 集中培训' });
    expect(chain.steps.length).toBeGreaterThan(0);
    expect(chain.steps.every((s) => s.source.length > 1 && s.ruleId.length > 0)).toBe(true);
    expect(formatAmount(chain.countedInYear)).toBe('24 学分');

    const provisional = recordExplanationSchema.parse((await mine({ recordId: pending.id })).explanation);
    expect(provisional).toMatchObject({ recordId: pending.id, provisional: true, counted: true });
    // The figures of the answer never include the pending record.
    expect((await mine({ recordId: pending.id })).report.years[0]!.total.earned).toBe(24 * 100000);
  });

  it('a record the engine does not count (withdrawn), or someone else’s, has no chain', async () => {
    await publishTongyu();
    const withdrawn = await recordIn(w, 'withdrawn');
    expect((await mine({ recordId: withdrawn.id })).explanation).toBeNull();
    const bobs = await submitAs(w, 'bob');
    await w.ok('review', { action: 'approve', recordId: bobs.id, version: 1 }, 'paula');
    expect((await mine({ recordId: bobs.id })).explanation).toBeNull();
  });

  it('通榆 words its minimums in 学时 and sets the hand-in dates 12-01—12-10', async () => {
    await publishTongyu();
    const m = await mine();
    expect(m.unit).toBe('学时');
    expect(m.deadlines).toEqual([expect.objectContaining({ from: '2026-12-01', to: '2026-12-10', source: '2.12月1日—12月10日上交其它相关材料。' })]);
  });

  it('学时 is shown only where every conversion is 1 学时 = 1 学分', () => {
    expect(requirementUnitOf({ requirementUnit: '学时', conversion: [{ coefficient: '1' }] })).toBe('学时');
    expect(requirementUnitOf({ requirementUnit: '学时', conversion: [{ hoursPerCredit: '4' }] })).toBe('学分');
    expect(requirementUnitOf({ requirementUnit: '学时', conversion: [{ coefficient: 1.3 }] })).toBe('学分');
    expect(requirementUnitOf({ conversion: [{ coefficient: '1' }] })).toBe('学分');
  });
});

describe('records.get names the people in the history', () => {
  it('teacher and reviewer by name', async () => {
    await publishTongyu();
    const r = await recordIn(w, 'returned');
    const { record } = await w.ok<{ record: { history: Array<{ by: string; action: string }>; actorNames: Record<string, string> } }>(
      'records', { action: 'get', recordId: r.id }, 'alice');
    expect(record.history.map((h) => [h.action, record.actorNames[h.by]])).toEqual([['submit', 'alice'], ['return', 'paula']]);
  });
});

describe('records.list by several statuses (待审核 = submitted or resubmitted)', () => {
  it('lists both pending statuses, newest first; an empty list is refused', async () => {
    const returned = await recordIn(w, 'resubmitted');
    const submitted = await submitAs(w, 'alice', { title: '新提交' });
    await recordIn(w, 'approved');
    const page = await w.ok<{ items: Array<{ id: string; status: string }>; total: number }>(
      'records', { action: 'list', status: ['submitted', 'resubmitted'] }, 'alice');
    expect(page.total).toBe(2);
    expect(page.items.map((r) => r.id).sort()).toEqual([returned.id, submitted.id].sort());
    expect(await w.call('records', { action: 'list', status: [] }, 'alice')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
