import type { Deps } from '../../deps';
import { checkPdf } from '../../uploads/check-pdf';
import { isImageKind, type CertificateKind } from '../../uploads/file-kind';
import { AppError } from '../app-error';
import { checkCertificateBytes } from './certificate-check';

/** A certificate file as the server will store it. */
export interface InspectedUpload {
  kind: CertificateKind;
  contentType: 'image/jpeg' | 'application/pdf';
  ext: 'jpg' | 'pdf';
  /** The bytes to store: a fresh JPEG for photos, the PDF as sent once it passed the structural check. */
  bytes: Buffer;
  receivedSize: number;
  width?: number;
  height?: number;
  pages?: number;
}

const DAMAGED_IMAGE = '证书图片已损坏或不完整，无法打开。请重新拍照，或选择相册里的原图上传';
const tooManyPixels = (w?: number, h?: number) =>
  `图片尺寸过大${w && h ? `（${w}×${h} 像素）` : ''}，最多 5000 万像素。请截图或压缩后重新上传`;

/**
 * Every upload passes here before it is stored: size and magic bytes first
 * (cheap), then the real check — a photo is decoded and re-encoded to the
 * stored JPEG (pixel limit, EXIF orientation, metadata and anything appended
 * dropped), a PDF is checked structurally. Throws AppError with a stable code
 * and a Chinese message; the client's name and Content-Type are never used.
 */
export async function inspectUpload(deps: Deps, bytes: Buffer): Promise<InspectedUpload> {
  const { kind } = checkCertificateBytes(bytes);
  if (!isImageKind(kind)) {
    const pdf = checkPdf(bytes);
    if (!pdf.ok) throw new AppError(pdf.code, pdf.message);
    return { kind, contentType: 'application/pdf', ext: 'pdf', bytes, receivedSize: bytes.length, pages: pdf.pages };
  }
  if (!deps.images) throw new Error('inspectUpload: no image normaliser in deps (wire the sharp adapter)');
  const result = await deps.images.normalize(bytes, kind);
  if (!result.ok) {
    if (result.refusal.reason === 'too-many-pixels') {
      throw new AppError('IMAGE_TOO_LARGE', tooManyPixels(result.refusal.width, result.refusal.height));
    }
    throw new AppError('FILE_DAMAGED', DAMAGED_IMAGE);
  }
  const { image } = result;
  return {
    kind: 'jpeg', contentType: image.contentType, ext: image.ext, bytes: image.bytes, receivedSize: bytes.length,
    width: image.width, height: image.height,
  };
}
