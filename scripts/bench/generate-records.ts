import dayjs from 'dayjs';
import type { CreditRecord } from '../../shared/schemas/record';
import { awardGrades, contentKinds, trainingForms, trainingLevels, tracks } from '../../shared/schemas/record';

/** Mulberry32: a tiny seeded PRNG, so every run benchmarks the same county. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CountySpec {
  teachers: number;
  recordsPerTeacher: number;
  /** Records end within these dates (the policy period). */
  start: string;
  end: string;
  seed: number;
}

const topics = ['师德师风', '班级管理', '心理健康', '智慧课堂', '教学评价', '家校协同', '新课标', '作业设计', '教科研', '法治教育'];
/** Tags the five policies look for (数字化, 适岗培训, 岗前培训, 全员培训, 岗位培训, 班主任 …) plus plain ones. */
const tagPool = [['数字化'], ['数字素养'], ['适岗培训'], ['岗前培训'], ['全员培训'], ['岗位培训'], ['班主任'], ['普通话'], ['师德'], [], [], [], [], [], []];
const projectRefs = Array.from({ length: 14 }, (_, i) => `JA2024-${String(i + 1).padStart(2, '0')}`);

/**
 * A county of `teachers` × `recordsPerTeacher` approved records with the mix a
 * real register shows: every form and level, half-hours, some awards, lead
 * trainers, failed assessments, missing certificates, two-part scores.
 */
export function generateCounty(spec: CountySpec): { teacherIds: string[]; records: CreditRecord[] } {
  const rand = mulberry32(spec.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const start = dayjs(spec.start);
  const days = Math.max(1, dayjs(spec.end).diff(start, 'day') - 5);
  const teacherIds: string[] = [];
  const records: CreditRecord[] = [];
  for (let t = 0; t < spec.teachers; t += 1) {
    const teacherId = `T${String(t).padStart(5, '0')}`;
    teacherIds.push(teacherId);
    for (let r = 0; r < spec.recordsPerTeacher; r += 1) {
      const begin = start.add(Math.floor(rand() * days), 'day');
      const form = pick(trainingForms);
      const level = pick(trainingLevels);
      const awarded = rand() < 0.1;
      const composite = rand() < 0.2;
      const certified = rand() < 0.9;
      records.push({
        id: `${teacherId}-${r}`,
        teacherId,
        status: 'approved',
        title: `${pick(topics)}培训 ${r}`,
        organizer: `${level}教育局`,
        hours: (1 + Math.floor(rand() * 48)) / 2,
        startDate: begin.format('YYYY-MM-DD'),
        endDate: begin.add(Math.floor(rand() * 4), 'day').format('YYYY-MM-DD'),
        form,
        level,
        location: rand() < 0.8 ? '县内' : '县外',
        content: pick(contentKinds),
        track: pick(tracks),
        tags: pick(tagPool),
        topic: pick(topics),
        ...(awarded ? { award: { grade: pick(awardGrades), level } } : {}),
        role: rand() < 0.05 ? '主讲' : '学员',
        passed: rand() > 0.03,
        ...(composite ? { composite: { onlineScore: Math.floor(rand() * 101), offlineScore: Math.floor(rand() * 101) } } : {}),
        ...(certified ? { certificateNo: `C-${teacherId}-${r}` } : {}),
        ...(rand() < 0.3 ? { projectRef: pick(projectRefs) } : {}),
        hasCertificate: certified,
      });
    }
  }
  return { teacherIds, records };
}
