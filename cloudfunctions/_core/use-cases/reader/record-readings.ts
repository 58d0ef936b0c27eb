import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { UploadDoc } from '../../../../shared/schemas/domain/upload';
import type { RecordView } from '../../../../shared/schemas/api/views';
import type { Deps } from '../../deps';
import { certificateQueries as q } from './certificate-queries';
import { duplicateHints } from './duplicate-hints';

/** Which hints the screen asking shows. */
export interface ReadingsOptions {
  /** False when the screen never shows `sameCertificateNo` (review.detail): its query is skipped and the list left empty. */
  sameCertificateNo?: boolean;
}

/**
 * The readings of a record's photos for records.get: what was read (to show
 * next to what was typed) and fresh duplicate hints. Reviewers and admins see
 * whose records the duplicates are; the teacher only that they exist. The
 * county's look-alike candidates are read once for the record, not per photo.
 */
export async function recordReadings(
  deps: Deps, doc: RecordDoc, forReviewer: boolean, options: ReadingsOptions = {},
): Promise<NonNullable<RecordView['readings']>> {
  const read = (await q.uploadsClaimedBy(deps.store, doc._id)).filter((u): u is UploadDoc & { reading: NonNullable<UploadDoc['reading']> } => Boolean(u.reading));
  // Only reviewers get look-alike hints, and only if a photo was read.
  const similarCandidates = forReviewer && read.length > 0 ? await q.readClaimedUploadsInCounty(deps.store, doc.countyId) : undefined;
  const out: NonNullable<RecordView['readings']> = [];
  for (const upload of read) {
    const duplicates = await duplicateHints(deps, {
      sha256: upload.sha256, dhash: upload.reading.dhash, certificateNo: doc.input.certificateNo ?? upload.reading.fields.certificateNo?.value,
      countyId: doc.countyId, teacherId: doc.teacherId, recordId: doc._id, forReviewer,
    }, { similarCandidates, sameCertificateNo: options.sameCertificateNo });
    out.push({ uploadId: upload._id, readAt: upload.reading.readAt, fields: upload.reading.fields, warnings: upload.reading.warnings, duplicates });
  }
  return out;
}
