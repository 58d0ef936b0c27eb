/**
 * fast-check arbitraries for property tests (test-only): records spread over a
 * policy's period with every field the five policies look at, and teachers
 * with random statuses.
 */
import dayjs from 'dayjs';
import fc from 'fast-check';
import type { Policy } from '../schemas/policy';
import {
  awardGrades, contentKinds, locations, participantRoles, trainingForms, trainingLevels, tracks, type CreditRecord,
} from '../schemas/record';
import { teacherStatuses, type TeacherContext } from '../schemas/teacher-context';

const tagPool = ['数字化', '数字素养', '适岗培训', '岗前培训', '全员培训', '岗位培训', '班主任', '普通话', '师德'];
const topics = ['师德', '法制', '班级管理', '心理健康', '智慧课堂', '新课程', '作业设计'];

/** Fields of a record except id and dates. */
const body = fc.record({
  status: fc.constantFrom('approved', 'approved', 'approved', 'approved', 'submitted', 'returned'),
  hours: fc.integer({ min: 1, max: 160 }).map((n) => n / 2),
  form: fc.constantFrom(...trainingForms),
  level: fc.constantFrom(...trainingLevels),
  location: fc.constantFrom(...locations),
  content: fc.option(fc.constantFrom(...contentKinds), { nil: undefined }),
  track: fc.option(fc.constantFrom(...tracks), { nil: undefined }),
  tags: fc.subarray(tagPool, { maxLength: 2 }),
  topic: fc.option(fc.constantFrom(...topics), { nil: undefined }),
  award: fc.option(fc.record({ grade: fc.constantFrom(...awardGrades), level: fc.constantFrom(...trainingLevels) }), { nil: undefined, freq: 4 }),
  role: fc.constantFrom(...participantRoles, '学员', '学员'),
  passed: fc.constantFrom(true, true, true, true, false),
  hasCertificate: fc.constantFrom(true, true, true, false),
  composite: fc.option(fc.record({ onlineScore: fc.integer({ min: 40, max: 100 }), offlineScore: fc.integer({ min: 40, max: 100 }) }), { nil: undefined }),
  projectRef: fc.option(fc.constantFrom('JA2024-01', 'JA2024-14', 'JA2024-07'), { nil: undefined }),
});

/** A record ending somewhere from a month before the period to a month after it. */
export function recordArb(policy: Policy, id: string): fc.Arbitrary<CreditRecord> {
  const start = dayjs(policy.period.start).subtract(30, 'day');
  const days = dayjs(policy.period.end).add(30, 'day').diff(start, 'day');
  return fc.tuple(body, fc.integer({ min: 0, max: days }), fc.integer({ min: 0, max: 5 })).map(([b, offset, len]) => {
    const end = start.add(offset, 'day');
    return {
      id, teacherId: 't1', title: `培训${id}`, organizer: '', ...b,
      endDate: end.format('YYYY-MM-DD'), startDate: end.subtract(len, 'day').format('YYYY-MM-DD'),
    } as CreditRecord;
  });
}

/** Up to `max` records with distinct ids. */
export function recordsArb(policy: Policy, max = 30): fc.Arbitrary<CreditRecord[]> {
  return fc.integer({ min: 0, max }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => recordArb(policy, `r${i}`))));
}

/** A teacher with zero to two statuses, each for all years or some. */
export function teacherArb(policy: Policy): fc.Arbitrary<TeacherContext> {
  const status = fc.record({
    status: fc.constantFrom(...teacherStatuses),
    years: fc.option(fc.subarray(policy.period.years, { minLength: 1 }), { nil: undefined }),
  });
  return fc.record({
    statuses: fc.array(status, { maxLength: 2 }),
    hired: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
  }).map(({ statuses, hired }) => ({
    teacherId: 't1',
    statuses,
    ...(hired === undefined ? {} : { hiredOn: dayjs(policy.period.start).add(hired, 'day').format('YYYY-MM-DD') }),
  }));
}

/** Deterministic shuffle driven by a fast-check seed. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i -= 1) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
