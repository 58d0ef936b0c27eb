/**
 * ImageNormalizer on sharp (libvips, prebuilt from the npm registry). Decoding
 * for real is what refuses truncated files and polyglots; re-encoding is what
 * strips metadata, scripts hidden in comments and anything after the image.
 */
import sharp from 'sharp';
import {
  defaultNormalizeLimits, type ImageNormalizer, type NormalizeLimits, type NormalizeResult,
} from '../../ports/image-normalizer';
import type { ImageKind } from '../../uploads/file-kind';
import { headerDimensions } from '../../uploads/image-header';

// One photo at a time per request; libvips' operation cache only holds memory here.
sharp.cache(false);

const PIXEL_LIMIT_MESSAGE = /exceeds pixel limit/i;

/** The sharp adapter. */
export function createSharpImageNormalizer(): ImageNormalizer {
  return {
    async normalize(bytes: Buffer, kind: ImageKind, limits: NormalizeLimits = defaultNormalizeLimits): Promise<NormalizeResult> {
      // Refuse absurd headers before libvips sees them (2^31 × 2^31 is "corrupt" to libvips, too big to us).
      const claimed = headerDimensions(bytes, kind);
      if (claimed && claimed.width * claimed.height > limits.maxPixels) {
        return { ok: false, refusal: { reason: 'too-many-pixels', ...claimed } };
      }
      try {
        const input = sharp(bytes, { limitInputPixels: limits.maxPixels, failOn: 'error', sequentialRead: true });
        const meta = await input.metadata();
        if (meta.format !== kind) return { ok: false, refusal: { reason: 'damaged' } };
        // Colour profiles (a phone's Display P3) are converted to sRGB here: most of the time on such photos.
        const { data, info } = await input
          .rotate() // EXIF orientation, then the tag is gone with the rest of the metadata
          .resize({ width: limits.longEdge, height: limits.longEdge, fit: 'inside', withoutEnlargement: true })
          .flatten({ background: '#ffffff' }) // transparent screenshots: white paper, not black
          .jpeg({ quality: limits.quality, mozjpeg: false }) // metadata is not copied: EXIF, ICC, comments all gone
          .toBuffer({ resolveWithObject: true });
        return {
          ok: true,
          image: {
            bytes: data, contentType: 'image/jpeg', ext: 'jpg', width: info.width, height: info.height,
            sourceWidth: meta.width ?? info.width, sourceHeight: meta.height ?? info.height,
          },
        };
      } catch (err) {
        if (err instanceof Error && PIXEL_LIMIT_MESSAGE.test(err.message)) {
          return { ok: false, refusal: { reason: 'too-many-pixels', ...(claimed ?? {}) } };
        }
        return { ok: false, refusal: { reason: 'damaged' } };
      }
    },
  };
}
