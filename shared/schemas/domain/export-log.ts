import { z } from 'zod';
import { docIdSchema, isoDateTimeSchema, yearSchema } from './common';

/** The registers a county can export (docs/registers.md). */
export const exportKinds = ['card', 'school-table', 'county-table', 'my-archive', 'sign-in-sheet'] as const;
export type ExportKind = (typeof exportKinds)[number];

/** Chinese names of the registers, for file names, the export log and the audit list. */
export const exportKindLabels: Readonly<Record<ExportKind, string>> = {
  card: '学分登记卡',
  'school-table': '学分统计表',
  'county-table': '全县学分统计表',
  'my-archive': '个人电子学习档案',
  'sign-in-sheet': '签到表',
};

/**
 * One export of a register, kept for good (never updated or removed): who made
 * which file, when, for which school/teacher/year, under which policy
 * publication, and a SHA-256 of the bytes so a printed copy can be matched to it.
 */
export const exportLogDocSchema = z.object({
  _id: docIdSchema,
  kind: z.enum(exportKinds),
  countyId: docIdSchema,
  /** The school for card/school-table (and a 校本研修's 签到表); null for the county table. */
  schoolId: docIdSchema.nullable(),
  /** The teacher for a single card or a personal archive; else null. */
  teacherId: docIdSchema.nullable(),
  year: yearSchema,
  policy: z.object({ policyId: z.string(), version: z.number().int(), year: yearSchema, publishedAt: isoDateTimeSchema }),
  exportedBy: docIdSchema,
  exportedByName: z.string(),
  at: isoDateTimeSchema,
  fileId: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Teachers (rows) in the file. */
  teacherCount: z.number().int(),
});
export type ExportLogDoc = z.infer<typeof exportLogDocSchema>;
