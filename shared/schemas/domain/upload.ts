import { z } from 'zod';
import { storedReadingSchema } from '../certificate-reading';
import { docIdSchema, isoDateTimeSchema } from './common';

/** Content types accepted for certificates (checked against magic bytes, not the header). */
export const certificateContentTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;

/**
 * A staged upload (certificate photo or PDF) waiting to be claimed by a record.
 * Created by `POST /local/upload` locally, or by `records.upload-certificate`
 * after a mini-program `uploadFile`. Claiming moves the bytes to a server-chosen
 * path and sets `claimedBy`; an upload can be claimed once, by its owner only.
 */
export const uploadDocSchema = z.object({
  _id: docIdSchema,
  /** Owner: the openid that uploaded it. */
  openid: docIdSchema,
  /** File-store id of the staged bytes. */
  fileId: z.string().min(1).max(512),
  contentType: z.enum(certificateContentTypes),
  size: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: isoDateTimeSchema,
  claimedBy: docIdSchema.nullable(),
  claimedAt: isoDateTimeSchema.nullable(),
  /** What records.read-certificate read from it (docs/reader.md); absent until read. */
  reading: storedReadingSchema.optional(),
  /** County of the uploader when it was read, so near-duplicate hints stay in the county. */
  countyId: docIdSchema.optional(),
});

export type UploadDoc = z.infer<typeof uploadDocSchema>;
