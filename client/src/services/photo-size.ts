/**
 * Pure sizing rules for certificate photos, shared by the H5 and weapp normalisers
 * (decision 009): long edge ≤ 1600 px, JPEG quality stepped down until ≤ 400 KB.
 */

/** Longest edge a stored certificate photo keeps; enough to read a stamp and small print. */
export const MAX_EDGE_PX = 1600;
/** Byte budget per photo after normalisation on the phone. */
export const MAX_PHOTO_BYTES = 400 * 1024;
/** The server's hard limit (cloudfunctions/_core/uploads/check-certificate.ts): 5 MB. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** JPEG qualities tried in order (0–1) until the photo fits {@link MAX_PHOTO_BYTES}. */
export const JPEG_QUALITIES = [0.82, 0.72, 0.62, 0.52, 0.42] as const;
/** At most this many photos or PDFs per record (records.submit accepts ≤ 5 uploadIds). */
export const MAX_PHOTOS = 5;

/** Width and height scaled so the long edge is at most `maxEdge`, never enlarged. */
export function fitLongEdge(width: number, height: number, maxEdge: number = MAX_EDGE_PX): { width: number; height: number } {
  const long = Math.max(width, height);
  if (long <= maxEdge || long === 0) return { width: Math.round(width), height: Math.round(height) };
  const ratio = maxEdge / long;
  return { width: Math.max(1, Math.round(width * ratio)), height: Math.max(1, Math.round(height * ratio)) };
}

/** EXIF orientations 5–8 turn the picture by 90°: the stored width is the shown height. */
export function isQuarterTurn(orientation: string | number | undefined): boolean {
  if (typeof orientation === 'number') return orientation >= 5 && orientation <= 8;
  return orientation === 'left' || orientation === 'right' || orientation === 'left-mirrored' || orientation === 'right-mirrored';
}

/** Kinds a certificate file may be; anything else is refused on the phone with {@link fileTypeMessage}. */
export type PhotoKind = 'image' | 'pdf';

/** What a file is from its name / MIME type, or null when it is not accepted. */
export function kindOfFile(name: string, mime = ''): PhotoKind | null {
  const lower = name.toLowerCase();
  if (mime === 'application/pdf' || lower.endsWith('.pdf')) return 'pdf';
  if (/^image\/(jpeg|jpg|png|webp)$/.test(mime) || /\.(jpe?g|png|webp)$/.test(lower)) return 'image';
  if (mime.startsWith('image/') && !/heic|heif/.test(mime)) return 'image';
  return null;
}

/** Said before anything is sent, in plain Chinese. */
export const fileTypeMessage = '只能上传照片（JPG、PNG）或 PDF 文件，请重新选择';
export const fileTooLargeMessage = `文件太大（超过 ${MAX_FILE_BYTES / 1024 / 1024} MB），请拍照或截图后重新上传`;
export const tooManyMessage = `每条记录最多 ${MAX_PHOTOS} 张照片或文件`;

/** "0.4 MB" / "380 KB", for hints under a photo. */
export function bytesText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
