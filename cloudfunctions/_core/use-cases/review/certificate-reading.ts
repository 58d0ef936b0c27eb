import { certificateFieldNames } from '../../../../shared/schemas/certificate-reading';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { Deps } from '../../deps';
import { recordReadings } from '../reader/record-readings';

/** What the certificate reader read from a record's photo, per input field, plus duplicate hints in words. */
export interface CertificateReading {
  fields: { field: string; value: string; confidence: number | null }[];
  hints: string[];
}

/**
 * The reader's stored readings of the record's photos (the same ones records.get
 * shows, via recordReadings), flattened for the review screen: one row per field,
 * the first photo that read it wins. Null when no photo was read, so the screen
 * hides the comparison.
 */
export async function certificateReading(deps: Deps, record: RecordDoc): Promise<CertificateReading | null> {
  // This screen words only the image hints; the certificate-number clash is in reviewWarnings.
  const readings = await recordReadings(deps, record, true, { sameCertificateNo: false });
  if (readings.length === 0) return null;
  const fields: CertificateReading['fields'] = [];
  for (const name of certificateFieldNames) {
    const got = readings.map((r) => r.fields[name]).find((f) => f !== undefined);
    if (got) fields.push({ field: name, value: String(got.value), confidence: got.confidence });
  }
  const hints: string[] = [];
  for (const r of readings) {
    for (const d of r.duplicates.exactImage) {
      hints.push(`同一张照片也在${d.sameTeacher ? '该教师' : (d.teacherName ?? '其他教师')}的${d.title ? `《${d.title}》` : '另一条'}记录上`);
    }
    for (const d of r.duplicates.similarImage) hints.push(`照片与${d.teacherName ?? '其他教师'}的一条记录很像，请核对`);
    for (const w of r.warnings) hints.push(w.message);
  }
  return { fields, hints: [...new Set(hints)] };
}
