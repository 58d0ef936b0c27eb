/**
 * The size an image header claims, read without decoding, so an absurd claim
 * is refused as "too many pixels" before any decoder allocates for it. Only
 * PNG can claim more than 65535 px a side (JPEG and WebP headers cannot), so
 * the others are left to the decoder's own pixel limit.
 */
import type { ImageKind } from './file-kind';

/** Width and height from the header, or null when the header does not say. */
export function headerDimensions(bytes: Uint8Array, kind: ImageKind): { width: number; height: number } | null {
  if (kind !== 'png' || bytes.length < 24) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // IHDR is the first chunk: length(4) "IHDR"(4) width(4) height(4) right after the 8-byte signature.
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
