/**
 * Records and progress answers for the 我的记录 / 学分进度 tests. Records are shaped by the
 * shared recordViewSchema (parsed, so a drift fails here); credits come from the real engine
 * under 通榆 2026 — no figure is typed by hand.
 */
import { computeProgress } from '@shared/engine';
import { getPolicy } from '@shared/policies';
import { recordViewSchema, type RecordView } from '@shared/schemas/api/views';
import type { CreditRecord } from '@shared/schemas/record';
import { rec, teacher } from '@shared/test-support/fixtures';
import { AS_OF } from './progress-fixtures';

const tongyu = getPolicy('tongyu-2026')!;
export const TEACHER_ID = 'p-陈静';

let n = 0;
/** A record of 陈静 as records.list/get answer it; override what a test needs. */
export function recordView(over: Omit<Partial<RecordView>, 'input'> & { input?: Partial<RecordView['input']> } = {}): RecordView {
  n += 1;
  const { input, ...rest } = over;
  return recordViewSchema.parse({
    id: `r${n}`, teacherId: TEACHER_ID, teacherName: '陈静', schoolId: 's1', countyId: 'c1', year: 2026, status: 'submitted', version: 1,
    input: {
      title: `培训 ${n}`, organizer: '通榆县教师进修学校', hours: 8, startDate: '2026-05-08', endDate: '2026-05-10', form: '集中', level: '县',
      location: '县内', content: '专业', tags: [], role: '学员', passed: true, hasCertificate: true, topic: '班主任', ...input,
    },
    retake: false, corrects: null, supersededBy: null, certificates: [], returnReason: null, returnFields: [], reviewNote: null,
    reviewedBy: null, reviewedAt: null, submittedAt: '2026-05-11T02:30:00.000Z', updatedAt: '2026-05-11T02:30:00.000Z',
    history: [{ at: '2026-05-11T02:30:00.000Z', by: TEACHER_ID, action: 'submit', from: null, to: 'submitted' }],
    allowedActions: ['withdraw'],
    ...rest,
  });
}

/** The engine's record for a view, with the status the engine should see. */
export const asCreditRecord = (v: RecordView): CreditRecord =>
  rec({ ...v.input, id: v.id, status: v.status === 'resubmitted' ? 'submitted' : v.status, title: v.input.title });

/**
 * progress.mine `data` as the server now answers it: approved figures (chains dropped),
 * the pending records' would-be credits, unit 学时 and 通榆's hand-in dates; with
 * `explain` the chain of that one record (from the pending run when it is pending).
 */
export function mineWithExtras(records: RecordView[], explain?: string) {
  const all = records.map(asCreditRecord);
  const approved = all.filter((r) => r.status === 'approved');
  const pendingIds = new Set(records.filter((r) => r.status === 'submitted' || r.status === 'resubmitted').map((r) => r.id));
  const report = computeProgress(tongyu, approved, teacher(), AS_OF);
  const preview = computeProgress(tongyu, all.filter((r) => r.status === 'approved' || pendingIds.has(r.id)), teacher(), AS_OF, { includePending: true });
  const pending = preview.records.filter((r) => pendingIds.has(r.recordId)).map((r) => ({
    recordId: r.recordId, title: r.title, categoryId: r.categoryId, categoryName: r.categoryName,
    credits: r.counted ? r.countedInYear : 0, reason: r.reason?.message ?? null,
  }));
  const explanation = explain === undefined ? undefined
    : report.records.find((r) => r.recordId === explain) ?? preview.records.find((r) => r.recordId === explain) ?? null;
  return {
    policy: { countyId: 'county-tongyu', year: 2026, version: 1, policyId: 'tongyu-2026', publishedAt: '2026-03-20T02:00:00.000Z' },
    report: { ...report, records: report.records.map((r) => ({ ...r, steps: [] })) },
    pendingCount: pendingIds.size,
    pending,
    unit: '学时',
    deadlines: tongyu.deadlines ?? [],
    ...(explain === undefined ? {} : { explanation }),
  };
}
