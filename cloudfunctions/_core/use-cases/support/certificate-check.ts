import type { certificateContentTypes } from '../../../../shared/schemas/domain/upload';
import { AppError } from '../app-error';

type CertificateType = (typeof certificateContentTypes)[number];

/** Largest certificate file accepted (phones compress photos before upload). */
export const maxCertificateBytes = 10 * 1024 * 1024;

const signatures: { type: CertificateType; bytes: number[] }[] = [
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
];

/**
 * The certificate's real type from its first bytes; FILE_TYPE when it is not a
 * JPEG, PNG or PDF, FILE_TOO_LARGE above the limit, INVALID_INPUT when empty.
 */
export function checkCertificateBytes(bytes: Uint8Array): CertificateType {
  if (bytes.length === 0) throw new AppError('INVALID_INPUT', '证书文件是空的，请重新上传');
  if (bytes.length > maxCertificateBytes) throw new AppError('FILE_TOO_LARGE', '证书文件不能超过 10 MB，请压缩后重新上传');
  const hit = signatures.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (!hit) throw new AppError('FILE_TYPE', '证书只能是 JPG、PNG 图片或 PDF 文件');
  return hit.type;
}

/** File extension for a certificate type. */
export function extensionOf(type: CertificateType): string {
  return type === 'image/jpeg' ? 'jpg' : type === 'image/png' ? 'png' : 'pdf';
}
