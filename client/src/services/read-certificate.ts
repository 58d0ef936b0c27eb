import { readCertificateData, type ReadCertificateData } from '@shared/schemas/api/records';
import { callFunction, type ApiResult, type CallOptions } from '@/services/api-client';

export type CertificateReading = ReadCertificateData;

/** How long the phone waits for a reading: the server gives up at 15 s, so a little more. */
export const READ_CERTIFICATE_TIMEOUT_MS = 20_000;

/**
 * records.read-certificate: the server reads the teacher's uploaded photo and
 * answers fields with confidences (uncertain ones marked), the raw lines and
 * duplicate hints. Failures (TOO_DARK, NOT_A_CERTIFICATE, READ_TIMEOUT …) carry a
 * Chinese message; the form then simply stays for typing.
 */
export function readCertificate(uploadId: string, options?: CallOptions): Promise<ApiResult<CertificateReading>> {
  return callFunction('records', 'read-certificate', { uploadId }, readCertificateData, { timeoutMs: READ_CERTIFICATE_TIMEOUT_MS, ...options });
}
