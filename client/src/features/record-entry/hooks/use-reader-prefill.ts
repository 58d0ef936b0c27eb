import { useMemo, useRef } from 'react';
import { useCertificateReading } from '@/hooks/use-certificate-reading';
import type { CertificateReading } from '@/services/read-certificate';
import type { ApiResult } from '@/services/api-client';
import { readingToPrefill } from '../model/reading-prefill';
import type { Prefill } from './use-record-draft';

/** Where the reading of the first photo stands, for the small note above the form. */
export type ReaderNote = 'idle' | 'reading' | 'read' | 'failed';

/**
 * Reads the first certificate photo once its upload has finished (its uploadId is
 * known) and offers the values as the form's prefill. Called once per form: a later
 * photo or a retake does not read again. Off for a resubmit (the fields are hers).
 */
export function useReaderPrefill(enabled: boolean, fetcher?: (uploadId: string) => Promise<ApiResult<CertificateReading>>) {
  const reader = useCertificateReading(fetcher);
  const asked = useRef(false);
  const readFirst = (uploadId: string | undefined) => {
    if (!enabled || asked.current || !uploadId) return;
    asked.current = true;
    void reader.read(uploadId);
  };
  const { state } = reader;
  const prefill = useMemo<Prefill | undefined>(() => (state.status === 'read' ? readingToPrefill(state.reading.fields) : undefined), [state]);
  return { prefill, note: state.status as ReaderNote, readFirst };
}
