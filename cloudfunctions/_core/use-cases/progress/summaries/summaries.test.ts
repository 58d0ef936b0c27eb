import { collections } from '../../../../../shared/schemas/domain/collections';
import { roleAssignmentId } from '../../../../../shared/schemas/domain/role-assignment';
import { mayFallBehind, yearElapsedPercent } from './standing';
import { submitAs } from '../../testing/flows';
import { openWorld, type World } from '../../testing/world';

let w: World;
beforeEach(async () => { w = await openWorld(); });
afterEach(async () => { await w.close(); });

const publishTongyu = () => w.ok('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026' }, 'zoe');
type Row = { teacherId: string; name: string; standing: string; shortfall: number; percent: number; pendingCount: number; shortCategories: { id: string }[] };
type Teachers = { counts: Record<string, number>; items: Row[]; total: number; categories: { id: string; name: string }[]; schoolName: string };
const teachers = (who: 'paula' | 'zoe' | 'oscar', extra: Record<string, unknown> = {}) => w.ok<Teachers>('progress', { action: 'teachers', year: 2026, ...extra }, who);
type County = { schools: { schoolId: string; teacherCount: number; passedCount: number; behindCount: number; pendingCount: number; oldestPendingAt: string | null }[] };
const county = () => w.ok<County>('progress', { action: 'county', year: 2026 }, 'zoe');

describe('落后 is measured against the calendar', () => {
  it('share of the year gone', () => {
    expect(yearElapsedPercent(2026, '2025-12-31')).toBe(0);
    expect(yearElapsedPercent(2026, '2026-01-01')).toBe(0);
    expect(yearElapsedPercent(2026, '2026-07-02')).toBe(50);
    expect(yearElapsedPercent(2026, '2026-12-31')).toBe(100);
    expect(yearElapsedPercent(2026, '2027-01-05')).toBe(100);
  });

  it('which stored 进行中 rows the calendar may have overtaken', () => {
    expect(mayFallBehind({ standing: 'in-progress', percent: 40 }, 2026, '2026-07-02')).toBe(false); // 40 + 10 = 50, not < 50
    expect(mayFallBehind({ standing: 'in-progress', percent: 39 }, 2026, '2026-07-02')).toBe(true);
    expect(mayFallBehind({ standing: 'in-progress', percent: 95 }, 2026, '2027-01-01')).toBe(true); // the year is over
    expect(mayFallBehind({ standing: 'met', percent: 0 }, 2026, '2026-12-31')).toBe(false);
    expect(mayFallBehind({ standing: 'behind', percent: 0 }, 2026, '2026-12-31')).toBe(false);
  });
});

describe('progress.teachers (school table from the materialised summaries)', () => {
  it('rows with standing, sorted by shortfall, filtered by a category still short, paged', async () => {
    await publishTongyu();
    // alice: 60 学时 of 专业 集中 approved → ahead of the calendar on 6-01 (41 %), still short.
    const a = await submitAs(w, 'alice', { hours: 60 });
    await w.ok('review', { action: 'approve', recordId: a.id, version: 1 }, 'oscar');
    await submitAs(w, 'bob', { hours: 4 });
    const t = await teachers('paula');
    expect(t.schoolName).toBe('第一小学');
    expect(t.items.map((r) => r.teacherId)).toEqual(['bob', 'paula', 'alice']);
    expect(t.items.map((r) => r.standing)).toEqual(['behind', 'behind', 'in-progress']);
    expect(t.counts).toEqual({ met: 0, 'in-progress': 1, behind: 2 });
    expect(t.items.find((r) => r.teacherId === 'bob')?.pendingCount).toBe(1);
    const alice = t.items.find((r) => r.teacherId === 'alice')!;
    expect(alice.shortfall).toBe(30 * 100000);
    expect(alice.shortCategories.map((c) => c.id).sort()).toEqual(['gongxu', 'zhuanye-xiaoben', 'zhuanye-zizhu']);
    const gongxu = await teachers('paula', { categoryId: 'gongxu' });
    expect(gongxu.total).toBe(3);
    const zhuanye = await teachers('paula', { categoryId: 'zhuanye-jizhong' });
    expect(zhuanye.items.map((r) => r.teacherId)).toEqual(['bob', 'paula']);
    expect((await teachers('paula', { standing: 'in-progress' })).items.map((r) => r.teacherId)).toEqual(['alice']);
    const paged = await teachers('paula', { sort: 'name', limit: 2, skip: 1 });
    expect(paged).toMatchObject({ total: 3 });
    expect(paged.items.map((r) => r.teacherId)).toEqual(['bob', 'paula']);
    expect(t.categories.map((c) => c.name)).toContain('公需科目');
  });

  it('a teacher nobody touches turns 落后 as the year goes by, and the school totals follow', async () => {
    await publishTongyu();
    const a = await submitAs(w, 'alice', { hours: 60 });
    await w.ok('review', { action: 'approve', recordId: a.id, version: 1 }, 'oscar');
    const behindIn = async () => (await county()).schools.find((x) => x.schoolId === 's1')!.behindCount;
    expect((await teachers('paula')).items.find((x) => x.teacherId === 'alice')).toMatchObject({ percent: 66, standing: 'in-progress' });
    const behindBefore = await behindIn();
    // 9-01: 67 % of the year gone, she has 66 % (+10 margin): still 进行中.
    w.now = '2026-09-01T02:00:00.000Z';
    expect((await teachers('paula')).items.find((x) => x.teacherId === 'alice')?.standing).toBe('in-progress');
    // 11-01: 83 % gone. Nothing about her changed, yet she is now 落后, in the list and in the totals.
    w.now = '2026-11-01T02:00:00.000Z';
    const later = await teachers('paula');
    expect(later.items.find((x) => x.teacherId === 'alice')?.standing).toBe('behind');
    expect(later.counts).toMatchObject({ 'in-progress': 0, behind: 3 });
    expect(await behindIn()).toBe(behindBefore + 1);
  });

  it('an approval shows on the next read; roster changes and new teachers too', async () => {
    await publishTongyu();
    const r = await submitAs(w, 'alice', { hours: 60 });
    expect((await teachers('paula')).items.find((x) => x.teacherId === 'alice')).toMatchObject({ pendingCount: 1, shortfall: 90 * 100000, standing: 'behind' });
    w.now = '2026-06-01T03:00:00.000Z';
    await w.ok('review', { action: 'approve', recordId: r.id, version: 1 }, 'oscar');
    expect((await teachers('paula')).items.find((x) => x.teacherId === 'alice')).toMatchObject({ pendingCount: 0, shortfall: 30 * 100000, standing: 'in-progress' });
    // Much later (far past the look-back), a person leaves and another joins.
    w.now = '2026-09-01T03:00:00.000Z';
    await w.store.update(collections.people, 'bob', { active: false, updatedAt: w.now });
    await w.ok('roster', { action: 'import', rows: [{ name: '新老师', schoolId: 's1' }] }, 'zoe');
    const after = await teachers('paula');
    expect(after.items.map((x) => x.teacherId)).not.toContain('bob');
    expect(after.items.map((x) => x.name)).toContain('新老师');
    expect(after.total).toBe(3);
    // Losing the teacher role (no person update) removes the row too.
    w.now = '2026-10-01T03:00:00.000Z';
    await w.store.remove(collections.roles, roleAssignmentId('paula', 'teacher', 's1'));
    expect((await teachers('oscar')).items.map((x) => x.teacherId)).not.toContain('paula');
  });

  it('a new publication rebuilds every row', async () => {
    await publishTongyu();
    await teachers('paula');
    const before = await w.store.find<{ _id: string; policyKey: string }>(collections.teacherSummaries, {});
    await w.ok('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026' }, 'zoe');
    await teachers('paula');
    const after = await w.store.find<{ _id: string; policyKey: string }>(collections.teacherSummaries, {});
    expect(new Set(before.map((s) => s.policyKey)).size).toBe(1);
    expect(after.every((s) => s.policyKey !== before[0]?.policyKey)).toBe(true);
  });

  it('a new publication drops the rows of people who lost the teacher role since the last read', async () => {
    await publishTongyu();
    expect((await teachers('paula')).items.map((r) => r.teacherId)).toContain('bob');
    const s1Before = (await county()).schools.find((s) => s.schoolId === 's1')?.teacherCount;
    await w.ok('roster', { action: 'set-role', personId: 'bob', role: 'teacher', grant: false }, 'zoe');
    await w.ok('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026' }, 'zoe');
    const listed = await teachers('paula');
    expect(listed.items.map((r) => r.teacherId)).not.toContain('bob');
    expect(listed.total).toBe(listed.items.length);
    const s1After = (await county()).schools.find((s) => s.schoolId === 's1')?.teacherCount;
    expect(s1After).toBe((s1Before ?? 0) - 1);
    expect(listed.total).toBe(s1After);
    expect(await w.store.find(collections.teacherSummaries, { teacherId: 'bob' })).toEqual([]);
    // Later refreshes (same role count as the mark) keep agreeing.
    w.now = '2026-09-01T03:00:00.000Z';
    expect((await teachers('paula')).items.map((r) => r.teacherId)).not.toContain('bob');
  });

  it('scoped like progress.school; refusals write no summary', async () => {
    await publishTongyu();
    const before = await w.counts();
    for (const [who, school] of [['quinn', 's1'], ['alice', 's1'], ['yara', 's1']] as const) {
      expect(await w.call('progress', { action: 'teachers', schoolId: school }, who)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await w.call('progress', { action: 'county' }, 'paula')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.counts()).toEqual(before);
    expect((await teachers('zoe', { schoolId: 's2' })).items.map((r) => r.teacherId).sort()).toEqual(['carol', 'quinn']);
  });
});

describe('progress.county from the summaries', () => {
  it('counts, 落后 and oldest pending follow approvals', async () => {
    await publishTongyu();
    const early = await submitAs(w, 'carol', { hours: 2 });
    w.now = '2026-06-02T02:00:00.000Z';
    await submitAs(w, 'quinn', { hours: 2 });
    const big = await submitAs(w, 'alice', { hours: 40, content: '公需', form: '网络', level: '国家' });
    const big2 = await submitAs(w, 'alice', { hours: 60, title: '专业集中' });
    let c = await county();
    expect(c.schools.find((s) => s.schoolId === 's2')).toMatchObject({ pendingCount: 2, oldestPendingAt: '2026-06-01T02:00:00.000Z', teacherCount: 2 });
    expect(c.schools.find((s) => s.schoolId === 's1')).toMatchObject({ passedCount: 0, behindCount: 3, pendingCount: 2 });
    await w.ok('review', { action: 'approve', recordId: early.id, version: 1 }, 'quinn');
    for (const r of [big, big2]) await w.ok('review', { action: 'approve', recordId: r.id, version: 1 }, 'oscar');
    c = await county();
    expect(c.schools.find((s) => s.schoolId === 's2')).toMatchObject({ pendingCount: 1, oldestPendingAt: '2026-06-02T02:00:00.000Z' });
    expect(c.schools.find((s) => s.schoolId === 's1')).toMatchObject({ passedCount: 0, behindCount: 2, teacherCount: 3, pendingCount: 0, oldestPendingAt: null });
    // A teacher moving school changes both schools' totals (the old one is found from her old row).
    w.now = '2026-08-01T00:00:00.000Z';
    await w.store.update(collections.people, 'bob', { schoolId: 's2', updatedAt: w.now });
    c = await county();
    expect(c.schools.map((s) => [s.schoolId, s.teacherCount])).toEqual([['s1', 2], ['s2', 3]]);
  });
});
