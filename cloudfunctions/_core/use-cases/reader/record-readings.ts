import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { RecordView } from '../../../../shared/schemas/api/views';
import type { Deps } from '../../deps';
import { certificateQueries as q } from './certificate-queries';
import { duplicateHints } from './duplicate-hints';

/**
 * The readings of a record's photos for records.get: what was read (to show
 * next to what was typed) and fresh duplicate hints. Reviewers and admins see
 * whose records the duplicates are; the teacher only that they exist.
 */
export async function recordReadings(deps: Deps, doc: RecordDoc, forReviewer: boolean): Promise<NonNullable<RecordView['readings']>> {
  const out: NonNullable<RecordView['readings']> = [];
  for (const upload of await q.uploadsClaimedBy(deps.store, doc._id)) {
    if (!upload.reading) continue;
    const duplicates = await duplicateHints(deps, {
      sha256: upload.sha256, dhash: upload.reading.dhash, certificateNo: doc.input.certificateNo ?? upload.reading.fields.certificateNo?.value,
      countyId: doc.countyId, teacherId: doc.teacherId, recordId: doc._id, forReviewer,
    });
    out.push({ uploadId: upload._id, readAt: upload.reading.readAt, fields: upload.reading.fields, warnings: upload.reading.warnings, duplicates });
  }
  return out;
}
