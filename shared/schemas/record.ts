import { z } from 'zod';

/**
 * Vocabulary of a training record, as printed on Chinese certificates and
 * county documents. Values are the Chinese words themselves so that data files,
 * CSV imports and the UI share one spelling.
 */
export const trainingForms = ['集中', '网络', '校本', '学区', '自主', '混合'] as const;
export const trainingLevels = ['国家', '省', '市', '县', '学区', '校'] as const;
export const contentKinds = ['公需', '专业'] as const;
export const tracks = ['必修', '选修', '校本'] as const;
export const awardGrades = ['优秀', '良好'] as const;
export const participantRoles = ['学员', '主讲'] as const;
export const locations = ['县内', '县外'] as const;
export const recordStatuses = ['draft', 'submitted', 'returned', 'resubmitted', 'approved', 'withdrawn'] as const;

/** ISO calendar date, e.g. 2026-05-01. Parsed with dayjs by consumers. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' });

/** Hours (学时): positive, in halves, at most 2000 in one record. */
export const hoursSchema = z
  .number({ message: '学时必须是数字' })
  .positive({ message: '学时必须大于 0' })
  .max(2000, { message: '单条记录学时不能超过 2000' })
  .refine((h) => Number.isInteger(h * 2), { message: '学时只能精确到半学时（0.5）' });

/** Award (优秀学员 etc.) and the level of the body that granted it. */
export const awardSchema = z.object({
  grade: z.enum(awardGrades),
  level: z.enum(trainingLevels),
});

/** Wuding-style composite assessment: online and offline parts scored separately. */
export const compositeScoreSchema = z.object({
  onlineScore: z.number().min(0).max(100).optional(),
  offlineScore: z.number().min(0).max(100).optional(),
  onlinePassed: z.boolean().optional(),
  offlinePassed: z.boolean().optional(),
});

/** A training record as a teacher submits it (what the form and the CSV carry). */
export const recordInputSchema = z.object({
  title: z.string().trim().min(1, { message: '请填写培训名称' }).max(100, { message: '培训名称不能超过 100 字' }),
  organizer: z.string().trim().max(100, { message: '主办单位不能超过 100 字' }).default(''),
  hours: hoursSchema,
  startDate: isoDate,
  endDate: isoDate,
  form: z.enum(trainingForms, { message: '培训形式不在可选范围内' }),
  level: z.enum(trainingLevels, { message: '培训级别不在可选范围内' }),
  location: z.enum(locations).default('县内'),
  content: z.enum(contentKinds).optional(),
  track: z.enum(tracks).optional(),
  tags: z.array(z.string().trim().min(1).max(20)).max(10).default([]),
  /** 专题 name, used by policies that count topics (通榆: 集中 ≥ 5 专题). */
  topic: z.string().trim().max(50).optional(),
  award: awardSchema.optional(),
  role: z.enum(participantRoles).default('学员'),
  /** false when the training was assessed 不合格 (霍尔果斯: no credit). */
  passed: z.boolean().default(true),
  composite: compositeScoreSchema.optional(),
  certificateNo: z.string().trim().max(60).optional(),
  hasCertificate: z.boolean().default(false),
  projectRef: z.string().trim().max(60).optional(),
}).refine((r) => r.endDate >= r.startDate, { message: '结束日期不能早于开始日期', path: ['endDate'] });

export type RecordInput = z.infer<typeof recordInputSchema>;
export type RecordInputRaw = z.input<typeof recordInputSchema>;

/** A stored record: the input plus identity and review state. */
export const creditRecordSchema = z.object({
  id: z.string().min(1),
  teacherId: z.string().min(1),
  status: z.enum(recordStatuses),
}).and(recordInputSchema);

export type CreditRecord = z.infer<typeof creditRecordSchema>;
export type RecordStatus = (typeof recordStatuses)[number];
export type TrainingForm = (typeof trainingForms)[number];
export type TrainingLevel = (typeof trainingLevels)[number];
