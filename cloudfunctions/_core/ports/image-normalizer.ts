/**
 * The image normaliser port: decodes a certificate photo for real and writes
 * the copy the project stores. Locally the sharp adapter does it inside the
 * request; in production the `records` function runs the same adapter after
 * the mini-program's `Taro.cloud.uploadFile` (docs/uploads.md).
 */
import type { ImageKind } from '../uploads/file-kind';

/** The stored copy of a decoded image. */
export interface NormalizedImage {
  /** The re-encoded bytes (always JPEG: no metadata, no trailing data, upright). */
  bytes: Buffer;
  contentType: 'image/jpeg';
  ext: 'jpg';
  /** Size of the stored copy, in pixels (after EXIF rotation and shrinking). */
  width: number;
  height: number;
  /** Size the photo claimed in its header, in pixels (before rotation). */
  sourceWidth: number;
  sourceHeight: number;
}

/** Why an image was refused; the use-case maps it to an API error code. */
export type ImageRefusal =
  /** Decoding failed: truncated, corrupt, or not really the format its first bytes claim. */
  | { reason: 'damaged' }
  /** More pixels than the decoder may allocate (decompression bombs, absurd headers). */
  | { reason: 'too-many-pixels'; width?: number; height?: number };

export type NormalizeResult = { ok: true; image: NormalizedImage } | { ok: false; refusal: ImageRefusal };

/** Limits every adapter honours. */
export interface NormalizeLimits {
  /** Largest width × height decoded (default {@link MAX_IMAGE_PIXELS}). */
  maxPixels: number;
  /** Longest edge of the stored copy (default {@link STORED_LONG_EDGE}). */
  longEdge: number;
  /** JPEG quality of the stored copy (default {@link STORED_JPEG_QUALITY}). */
  quality: number;
}

/** 50 megapixels: a 12 MP phone photo is far below it; a 20000×20000 header is not. */
export const MAX_IMAGE_PIXELS = 50_000_000;
/** Long edge of the stored copy: readable text on a certificate, ~200 KB per photo. */
export const STORED_LONG_EDGE = 1600;
export const STORED_JPEG_QUALITY = 80;

export const defaultNormalizeLimits: NormalizeLimits = {
  maxPixels: MAX_IMAGE_PIXELS, longEdge: STORED_LONG_EDGE, quality: STORED_JPEG_QUALITY,
};

export interface ImageNormalizer {
  /**
   * Decodes `bytes`, which must really be of `kind` (checked again by the
   * decoder, not just by magic bytes), honours EXIF orientation and returns a
   * fresh JPEG no larger than `longEdge` on its long side. Never throws for bad
   * input: refusals are returned.
   */
  normalize(bytes: Buffer, kind: ImageKind, limits?: NormalizeLimits): Promise<NormalizeResult>;
}
