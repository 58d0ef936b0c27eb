import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { Deps } from '../../deps';

/** What the certificate reader read from a record's photo, per input field. */
export interface CertificateReading { fields: { field: string; value: string; confidence: number | null }[] }

/**
 * The seam for the certificate reader (issue 8, decision 008): it stores its readings
 * with the upload; once that lands, this looks them up for the record's certificates.
 * Until then there is nothing to show, and the review screen hides the comparison.
 */
export async function certificateReading(_deps: Deps, _record: RecordDoc): Promise<CertificateReading | null> {
  return null;
}
