/**
 * What a certificate file really is, from its first bytes. The file name and
 * the client's Content-Type are never trusted: a `.jpg` holding an EXE or HTML
 * page is refused.
 */

/** The certificate formats accepted. */
export type CertificateKind = 'jpeg' | 'png' | 'webp' | 'pdf';

/** Extension and content type the server uses for a kind. */
export const CERTIFICATE_KINDS: Record<CertificateKind, { ext: string; contentType: string }> = {
  jpeg: { ext: 'jpg', contentType: 'image/jpeg' },
  png: { ext: 'png', contentType: 'image/png' },
  webp: { ext: 'webp', contentType: 'image/webp' },
  pdf: { ext: 'pdf', contentType: 'application/pdf' },
};

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

/** Byte patterns at fixed offsets; `null` entries in a pattern match any byte. */
const SIGNATURES: { kind: CertificateKind; at: number; bytes: (number | null)[] }[][] = [
  // JPEG: SOI marker followed by the start of the next marker.
  [{ kind: 'jpeg', at: 0, bytes: [0xff, 0xd8, 0xff] }],
  // PNG: the full 8-byte signature.
  [{ kind: 'png', at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }],
  // WebP: a RIFF container whose form type is WEBP.
  [{ kind: 'webp', at: 0, bytes: ascii('RIFF') }, { kind: 'webp', at: 8, bytes: ascii('WEBP') }],
  // PDF: header `%PDF-` at the very start.
  [{ kind: 'pdf', at: 0, bytes: ascii('%PDF-') }],
];

function matches(bytes: Uint8Array, at: number, pattern: (number | null)[]): boolean {
  if (bytes.length < at + pattern.length) return false;
  return pattern.every((b, i) => b === null || bytes[at + i] === b);
}

/** The kind of file by magic bytes, or null when it is none of the accepted kinds. */
export function detectCertificateKind(bytes: Uint8Array): CertificateKind | null {
  for (const parts of SIGNATURES) {
    if (parts.every((p) => matches(bytes, p.at, p.bytes))) return parts[0]?.kind ?? null;
  }
  return null;
}

/** The certificate kinds that are photos (decoded and re-encoded before they are stored). */
export type ImageKind = Exclude<CertificateKind, 'pdf'>;

/** True for the photo kinds. */
export function isImageKind(kind: CertificateKind): kind is ImageKind {
  return kind !== 'pdf';
}
