import { z } from 'zod';
import { trainingForms, trainingLevels } from './record';

/**
 * What the certificate reader produces: OCR lines (text, box, confidence) and
 * the fields read from them, each with its own confidence. Shared by the
 * server (stores it on the upload), the action's data schema and the client
 * (prefills the form, marks uncertain fields).
 */

/** Below this a field is shown as 「请核对」 and never prefilled silently. */
export const uncertainBelow = 0.8;

/** One text line as the OCR engine saw it, box in pixels of the normalised image [left, top, right, bottom]. */
export const ocrLineSchema = z.object({
  text: z.string().max(500),
  confidence: z.number().min(0).max(1),
  box: z.tuple([z.number(), z.number(), z.number(), z.number()]),
});
export type OcrLine = z.infer<typeof ocrLineSchema>;

/** Results a certificate states (考核结果/等次, or an award such as 优秀学员). */
export const certificateResults = ['合格', '良好', '优秀', '不合格', '优秀学员'] as const;
export const hoursUnits = ['学时', '课时', '学分'] as const;

function reading<T extends z.ZodType>(value: T) {
  return z.object({
    value,
    /** 0–1: OCR confidence of the text it came from times how sure the rule is. */
    confidence: z.number().min(0).max(1),
    /** True when confidence < uncertainBelow: the form marks it 「请核对」. */
    uncertain: z.boolean(),
    /** The line it was read from, so a reviewer can see why. */
    source: z.string().max(500),
    /** Why it is uncertain or how it was derived, in Chinese. */
    note: z.string().max(200).optional(),
  });
}

export const certificateFieldsSchema = z.object({
  title: reading(z.string().max(100)).optional(),
  organizer: reading(z.string().max(100)).optional(),
  startDate: reading(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).optional(),
  endDate: reading(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).optional(),
  /** Hours in 学时 (课时 count as 学时; 学分 only with 「折合 N 学时」). */
  hours: reading(z.number().positive().max(2000)).extend({
    unit: z.enum(hoursUnits),
    /** The number as printed, in `unit`. */
    stated: z.number().positive(),
  }).optional(),
  certificateNo: reading(z.string().max(60)).optional(),
  teacherName: reading(z.string().max(20)).optional(),
  result: reading(z.enum(certificateResults)).optional(),
  level: reading(z.enum(trainingLevels)).optional(),
  form: reading(z.enum(trainingForms)).optional(),
});
export type CertificateFields = z.infer<typeof certificateFieldsSchema>;
export type CertificateFieldName = keyof CertificateFields;
export const certificateFieldNames = Object.keys(certificateFieldsSchema.shape) as CertificateFieldName[];

/** Something the teacher or reviewer should know about the reading as a whole. */
export const readingWarningCodes = ['NAME_MISMATCH', 'CREDITS_WITHOUT_HOURS', 'ISSUE_DATE_ONLY', 'FEW_FIELDS'] as const;
export const readingWarningSchema = z.object({ code: z.enum(readingWarningCodes), message: z.string().max(200) });
export type ReadingWarning = z.infer<typeof readingWarningSchema>;

/** The extraction result for one certificate. */
export const certificateExtractionSchema = z.object({
  fields: certificateFieldsSchema,
  warnings: z.array(readingWarningSchema),
});
export type CertificateExtraction = z.infer<typeof certificateExtractionSchema>;

/** What duplicates of this photo or certificate number exist (hints; the submit rules decide). */
export const duplicateHintsSchema = z.object({
  /** The same image (SHA-256) is on another non-withdrawn record in the county: the teacher is told, the reviewer warned. */
  exactImage: z.array(z.object({
    recordId: z.string(),
    sameTeacher: z.boolean(),
    status: z.string(),
    /** Only for reviewers (the teacher is not told whose record it is). */
    teacherName: z.string().optional(),
    title: z.string().optional(),
  })),
  /** The read certificate number is already on one of the teacher's records (submitting would be DUPLICATE). */
  sameCertificateNo: z.array(z.object({ recordId: z.string(), status: z.string(), title: z.string() })),
  /** Records whose photo looks alike (difference hash within a few bits): reviewers only, never a refusal. */
  similarImage: z.array(z.object({ recordId: z.string(), distance: z.number().int(), teacherName: z.string().optional() })),
});
export type DuplicateHints = z.infer<typeof duplicateHintsSchema>;

/** A reading as stored on the upload (uploads.reading) so the reviewer sees it later. */
export const storedReadingSchema = z.object({
  engine: z.string().max(40),
  readAt: z.string(),
  ms: z.number().int().min(0),
  /** The OCR lines (at most 120) the fields came from. */
  lines: z.array(ocrLineSchema).max(120),
  fields: certificateFieldsSchema,
  warnings: z.array(readingWarningSchema),
  /** 16 hex digits: difference hash of the normalised page. */
  dhash: z.string().regex(/^[0-9a-f]{16}$/),
});
export type StoredReading = z.infer<typeof storedReadingSchema>;
