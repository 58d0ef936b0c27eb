/**
 * review.* and progress.teachers/county answers for client tests. Reports come from the real
 * engine (progress-fixtures); every answer is parsed with the shared schema the client uses,
 * so a fixture that drifts from the contract fails here, not in a screen.
 */
import { computeProgress } from '@shared/engine';
import { getPolicy } from '@shared/policies';
import { countyData, teachersData } from '@shared/schemas/api/progress';
import { queueData } from '@shared/schemas/api/review';
import { reviewDetailSchema } from '@/features/review/api/review-schemas';
import type { CreditRecord } from '@shared/schemas/record';
import { rec, teacher } from '@shared/test-support/fixtures';
import { AS_OF, behindRecords } from './progress-fixtures';

const policy = { countyId: 'c1', year: 2026, version: 1, policyId: 'tongyu-2026', publishedAt: '2026-02-01T00:00:00.000Z' };

/** One pending record as review.queue lists it. */
export function queueItem(n: number, over: Record<string, unknown> = {}) {
  const at = `2026-11-${String(10 + n).padStart(2, '0')}T01:00:00.000Z`;
  return {
    id: `r${n}`, teacherId: `t${n}`, teacherName: ['赵磊', '陈静', '李梅', '刘洋'][n % 4], schoolId: 's1', countyId: 'c1', year: 2026,
    status: 'submitted', version: 1,
    input: { title: `培训${n}`, organizer: '通榆县教师进修学校', hours: 6 + n, startDate: '2026-10-10', endDate: '2026-10-11', form: '集中', level: '县', location: '县内', tags: [], role: '学员', passed: true, hasCertificate: true, content: '专业' },
    retake: false, corrects: null, supersededBy: null, certificates: [], returnReason: null, returnFields: [], reviewNote: null,
    reviewedBy: null, reviewedAt: null, submittedAt: at, updatedAt: at, history: [], allowedActions: ['approve', 'return'],
    schoolName: '通榆县第一中学', wouldAdd: (6 + n) * 100000, ...over,
  };
}

export function queueAnswer(items: ReturnType<typeof queueItem>[], total = items.length) {
  return queueData.parse({ items, total });
}

const tongyu = getPolicy('tongyu-2026');
function report(records: CreditRecord[]) {
  if (!tongyu) throw new Error('no policy');
  return computeProgress(tongyu, records, teacher(), AS_OF, { detail: 'summary' });
}

/** review.detail for queue item n: 陈静's real before/after (adding a 专业 集中 record). */
export function detailAnswer(n: number, over: { item?: Record<string, unknown>; reviewedByName?: string | null; warnings?: unknown[]; reading?: unknown } = {}) {
  const item = queueItem(n, { certificates: [{ fileId: `f${n}`, contentType: 'image/jpeg', size: 120000, url: `/files/f${n}` }], ...over.item });
  const before = behindRecords();
  const added = rec({ id: item.id, endDate: '2026-10-11', content: '专业', form: '集中', hours: item.input.hours, topic: '新课标', title: item.input.title });
  return reviewDetailSchema.parse({
    record: item,
    teacher: { id: item.teacherId, name: item.teacherName, subject: '语文' },
    reviewedByName: over.reviewedByName ?? null,
    policy,
    before: report(before),
    after: report([...before, added]),
    warnings: over.warnings ?? [],
    reading: over.reading ?? null,
  });
}

/** progress.teachers for a small school. */
export function teachersAnswer(over: Record<string, unknown> = {}) {
  return teachersData.parse({
    policy, schoolId: 's1', schoolName: '通榆县第一中学',
    categories: [{ id: 'gongxu', name: '公需科目', depth: 0 }, { id: 'zhuanye', name: '专业科目', depth: 0 }],
    counts: { met: 1, 'in-progress': 1, behind: 1 },
    items: [
      { teacherId: 't1', name: '陈静', subject: '语文', standing: 'behind', percent: 15, shortfall: 76 * 100000, missingCount: 9, shortCategories: [{ id: 'gongxu', name: '公需科目', missing: 24 * 100000 }], pendingCount: 1 },
      { teacherId: 't2', name: '赵磊', subject: '数学', standing: 'in-progress', percent: 80, shortfall: 18 * 100000, missingCount: 2, shortCategories: [], pendingCount: 0 },
      { teacherId: 't3', name: '李梅', subject: null, standing: 'met', percent: 100, shortfall: 0, missingCount: 0, shortCategories: [], pendingCount: 0 },
    ],
    total: 3,
    ...over,
  });
}

export function countyAnswer() {
  return countyData.parse({
    policy, countyId: 'c1',
    schools: [
      { schoolId: 's1', schoolName: '通榆县第一中学', teacherCount: 40, passedCount: 10, pendingCount: 3, behindCount: 12, oldestPendingAt: '2026-11-03T01:00:00.000Z' },
      { schoolId: 's2', schoolName: '通榆县新华小学', teacherCount: 20, passedCount: 15, pendingCount: 0, behindCount: 1, oldestPendingAt: null },
      { schoolId: 's3', schoolName: '通榆县边昭中学', teacherCount: 0, passedCount: 0, pendingCount: 0, behindCount: 0, oldestPendingAt: null },
    ],
  });
}

/**
 * Programs taroMock.request (H5 transport) to answer `/api/fn/<name>` by action; `handler`
 * returns the data or an error. Returns the events seen.
 */
export function fakeFunctions(taroRequest: jest.Mock, handler: (fn: string, event: Record<string, unknown>) => { data: unknown } | { error: { code: string; message: string } }) {
  const events: { fn: string; event: Record<string, unknown> }[] = [];
  taroRequest.mockImplementation(async (req: { url: string; data: Record<string, unknown> }) => {
    const fn = req.url.replace(/^.*\/api\/fn\//, '');
    events.push({ fn, event: req.data });
    const out = handler(fn, req.data);
    return { statusCode: 200, header: {}, data: 'data' in out ? { ok: true, data: out.data } : { ok: false, error: out.error } };
  });
  return events;
}
