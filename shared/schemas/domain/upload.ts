import { z } from 'zod';
import { storedReadingSchema } from '../certificate-reading';
import { docIdSchema, isoDateTimeSchema } from './common';

/** Content types accepted for certificates (checked against magic bytes, not the header). */
export const certificateContentTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;

/**
 * A staged upload (certificate photo or PDF) waiting to be claimed by a record.
 * Created by `POST /local/upload` locally, or by `records.upload-certificate`
 * after a mini-program `uploadFile`. The stored file (`fileId`, under `inbox/`)
 * is what the server wrote: photos decoded and re-encoded to JPEG, PDFs checked
 * structurally (docs/uploads.md); `sha256` is that stored file's. Claiming
 * copies it to a server-chosen path and sets `claimedBy`; an upload can be
 * claimed once, by its owner only.
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
  /** Bytes as received, before a photo was re-encoded (the quota counts these). */
  receivedSize: z.number().int().positive().optional(),
  /** When the server decoded (photo) or structurally checked (PDF) the file; absent on uploads from before. */
  inspectedAt: isoDateTimeSchema.optional(),
  /** Stored photo size in pixels. */
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  /** Page count of a PDF. */
  pages: z.number().int().positive().optional(),
  /** CloudBase: the client's own `staging/…` file this upload was made from (removed once copied). */
  sourceFileId: z.string().min(1).max(512).optional(),
  /** What records.read-certificate read from it (docs/reader.md); absent until read. */
  reading: storedReadingSchema.optional(),
  /** County of the uploader when it was read, so near-duplicate hints stay in the county. */
  countyId: docIdSchema.optional(),
});

export type UploadDoc = z.infer<typeof uploadDocSchema>;
