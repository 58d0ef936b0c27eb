import { z } from 'zod';
import { isoDateTimeSchema } from '../domain/common';
import { exportKinds } from '../domain/export-log';
import { policyRefSchema } from './views';

/** One export as the log and the download show it. */
export const exportViewSchema = z.object({
  id: z.string(),
  kind: z.enum(exportKinds),
  kindLabel: z.string(),
  countyId: z.string(),
  schoolId: z.string().nullable(),
  schoolName: z.string().nullable(),
  teacherId: z.string().nullable(),
  year: z.number().int(),
  policy: z.object({ policyId: z.string(), version: z.number().int(), year: z.number().int(), publishedAt: isoDateTimeSchema }),
  exportedBy: z.string(),
  exportedByName: z.string(),
  at: isoDateTimeSchema,
  fileName: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  teacherCount: z.number().int(),
});
export type ExportView = z.infer<typeof exportViewSchema>;

/** An export just made: its log entry plus where to download it. */
export const exportData = z.object({
  export: exportViewSchema,
  fileId: z.string(),
  /** Local server: a same-origin path (`/files/exports/…`); CloudBase: a temporary https URL. */
  url: z.string(),
  policy: policyRefSchema,
});
export type ExportData = z.infer<typeof exportData>;
