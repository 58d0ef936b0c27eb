import { checkCertificate, type CertificateAccepted } from '../../uploads/check-certificate';
import { AppError } from '../app-error';

/**
 * The storage module's magic-byte and size check, as a use-case step: returns
 * the accepted file facts or throws FILE_TYPE / FILE_TOO_LARGE with its
 * Chinese message. The client's file name and Content-Type are never used.
 */
export function checkCertificateBytes(bytes: Uint8Array): CertificateAccepted & { contentType: CertificateContentType } {
  const result = checkCertificate(bytes);
  if (!result.ok) throw new AppError(result.error.code, result.error.message);
  return result.file as CertificateAccepted & { contentType: CertificateContentType };
}

type CertificateContentType = 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
