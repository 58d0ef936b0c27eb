import { useCallback, useEffect, useRef, useState } from 'react';
import { toRecordPrefill, type RecordPrefill } from '@shared/certificate/to-record-prefill';
import type { ApiError, ApiResult } from '@/services/api-client';
import { readCertificate, type CertificateReading } from '@/services/read-certificate';

/** Where a reading stands; the form shows each state (reading… / prefilled with 请核对 marks / a message and typing). */
export type CertificateReadingState =
  | { status: 'idle' }
  | { status: 'reading'; uploadId: string }
  | { status: 'read'; uploadId: string; reading: CertificateReading; prefill: RecordPrefill }
  | { status: 'failed'; uploadId: string; error: ApiError };

/**
 * Reads an uploaded certificate photo on demand: `read(uploadId)` after the
 * upload finishes, `reset()` when the photo is removed. Only the latest
 * photo's answer is kept (a slow old reading never overwrites a newer photo's).
 * `prefill` holds record-form values and the names of fields to mark 「请核对」.
 */
export function useCertificateReading(
  fetcher: (uploadId: string) => Promise<ApiResult<CertificateReading>> = readCertificate,
): { state: CertificateReadingState; read: (uploadId: string) => Promise<void>; reset: () => void } {
  const [state, setState] = useState<CertificateReadingState>({ status: 'idle' });
  const latest = useRef(0);
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;

  const read = useCallback(async (uploadId: string) => {
    const id = ++latest.current;
    setState({ status: 'reading', uploadId });
    const result = await fetcherRef.current(uploadId);
    if (id !== latest.current) return;
    setState(result.ok
      ? { status: 'read', uploadId, reading: result.data, prefill: toRecordPrefill(result.data.fields) }
      : { status: 'failed', uploadId, error: result.error });
  }, []);

  const reset = useCallback(() => { latest.current += 1; setState({ status: 'idle' }); }, []);

  // Why: an answer arriving after the form closed must not set state on a dead component.
  useEffect(() => () => { latest.current += 1; }, []);

  return { state, read, reset };
}
