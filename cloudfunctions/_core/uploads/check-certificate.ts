/**
 * The server-side check every certificate passes before it is stored: real type
 * by magic bytes, and size. Pure: returns a result, the use-case decides.
 */
import { CERTIFICATE_KINDS, detectCertificateKind, type CertificateKind } from './file-kind';

/** Largest certificate accepted: 5 MB (phone photos are compressed before upload). */
export const MAX_CERTIFICATE_BYTES = 5 * 1024 * 1024;

/** Why a file was refused; `code` matches the API error codes. */
export interface CertificateRejection {
  code: 'FILE_TYPE' | 'FILE_TOO_LARGE';
  message: string;
}

/** An accepted file: its real kind, extension and content type. */
export interface CertificateAccepted {
  kind: CertificateKind;
  ext: string;
  contentType: string;
  size: number;
}

export type CertificateCheck = { ok: true; file: CertificateAccepted } | { ok: false; error: CertificateRejection };

const TYPE_MESSAGE = '证书只能是 JPG、PNG、WebP 图片或 PDF 文件，请重新选择';

/** Checks size first (cheap, and a huge file is refused whatever it is), then the real type. */
export function checkCertificate(bytes: Uint8Array, maxBytes: number = MAX_CERTIFICATE_BYTES): CertificateCheck {
  if (bytes.length === 0) return { ok: false, error: { code: 'FILE_TYPE', message: '证书文件是空的，请重新选择' } };
  if (bytes.length > maxBytes) {
    const limitMb = Math.floor(maxBytes / (1024 * 1024));
    return { ok: false, error: { code: 'FILE_TOO_LARGE', message: `证书文件不能超过 ${limitMb} MB，请压缩或截图后重新上传` } };
  }
  const kind = detectCertificateKind(bytes);
  if (!kind) return { ok: false, error: { code: 'FILE_TYPE', message: TYPE_MESSAGE } };
  return { ok: true, file: { kind, ...CERTIFICATE_KINDS[kind], size: bytes.length } };
}
