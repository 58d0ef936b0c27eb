import sharp, { type OutputInfo, type Sharp } from 'sharp';
import { ReaderError } from '../../ports/certificate-reader';
import { brightness, contrastStretch, dHash, documentBox, otsu, skewAngle, type Grey } from './image-analysis';

/** The image the OCR engine reads, and what normalising it found. */
export interface NormalisedImage {
  /** The page: JPEG bytes, or raw RGBA pixels (4 bytes a pixel, row by row) when asked for `rgba`. */
  data: Buffer;
  encoding: 'jpeg' | 'rgba';
  width: number;
  height: number;
  /** Difference hash of the normalised page (near-duplicate hint). */
  dhash: string;
  /** Degrees turned to straighten the text; 0 when already straight. */
  deskew: number;
  cropped: boolean;
}

/** Long side of the image given to the OCR engine: measured best speed/accuracy (docs/decisions/008). */
export const readingSide = Number(process.env.READER_SIDE ?? 1024);
const analysisSide = 512;
/** Pages whose ink and paper are fewer grey levels apart get their contrast stretched; 0 turns it off (to compare in the bench). */
const flatRange = Number(process.env.READER_FLAT_RANGE ?? 170);
/** Photos larger than this are refused before decoding (a 4000×3000 phone photo is 12 MP). */
const maxPixels = 60_000_000;

/** Raw pixels with their size, as sharp hands them back. */
interface Pixels { data: Buffer; info: OutputInfo }

const pipeline = ({ data, info }: Pixels): Sharp => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels as 3 | 4 } });

/**
 * Greyscale copy at `side` px for the analysis: sharp shrinks, the luma is
 * summed here (sharp's own greyscale step cost more than the shrink itself).
 */
async function grey(pixels: Pixels, side: number): Promise<Grey> {
  const { data, info } = await pipeline(pixels).resize({ width: side, height: side, fit: 'inside' }).raw().toBuffer({ resolveWithObject: true });
  const out = new Uint8Array(info.width * info.height);
  for (let p = 0, i = 0; p < out.length; p += 1, i += info.channels) {
    out[p] = ((data[i] ?? 0) * 77 + (data[i + 1] ?? 0) * 150 + (data[i + 2] ?? 0) * 29) >> 8;
  }
  return { data: out, width: info.width, height: info.height };
}

/**
 * Mean luma of each cell of a `width`×`height` grid over the page (the
 * difference hash's thumbnail), from every second pixel of every second row:
 * plenty for 72 cells, and a quarter of the work.
 */
function thumbnail({ data, info }: Pixels, width: number, height: number): Grey {
  const sums = new Array<number>(width * height).fill(0), counts = new Array<number>(width * height).fill(0);
  const cellOfColumn = Array.from({ length: info.width }, (_, x) => Math.min(width - 1, Math.floor((x * width) / info.width)));
  for (let y = 0; y < info.height; y += 2) {
    const row = Math.min(height - 1, Math.floor((y * height) / info.height)) * width;
    for (let x = 0, i = y * info.width * info.channels; x < info.width; x += 2, i += 2 * info.channels) {
      const cell = row + (cellOfColumn[x] ?? 0);
      sums[cell] = (sums[cell] ?? 0) + 77 * (data[i] ?? 0) + 150 * (data[i + 1] ?? 0) + 29 * (data[i + 2] ?? 0);
      counts[cell] = (counts[cell] ?? 0) + 1;
    }
  }
  return { data: Uint8Array.from(sums, (v, k) => Math.round(v / 256 / Math.max(1, counts[k] ?? 1))), width, height };
}

/** Rounds to the multiple of 32 the detection model needs (a 4:3 page at 1024 px is already 1024×768). */
const multipleOf32 = (n: number) => Math.max(32, Math.round(n / 32) * 32);

/**
 * Stored certificate bytes → the page the OCR reads: EXIF orientation applied,
 * cropped to the paper when the photo shows a table around it, small skews
 * (±6°) straightened, shrunk to `readingSide`. Refuses what cannot be
 * read: bytes that are not an image, a photo too dark, a blank frame.
 *
 * `jpeg` suits an engine behind a network (WeChat OCR). `rgba` hands the local
 * engine its pixels at a size it takes as is (sides multiples of 32), saving a
 * JPEG encode, a decode and a resize per photo (~70 ms of a 1 s budget).
 */
export async function normaliseForReading(bytes: Buffer, { encoding = 'jpeg' }: { encoding?: 'jpeg' | 'rgba' } = {}): Promise<NormalisedImage> {
  let oriented: { data: Buffer; info: OutputInfo };
  try {
    // One full decode: orient and shrink to twice the reading size, keep the raw pixels for the later steps.
    oriented = await sharp(bytes, { limitInputPixels: maxPixels, failOn: 'error' }).autoOrient()
      .resize({ width: readingSide * 2, height: readingSide * 2, fit: 'inside', withoutEnlargement: true })
      .removeAlpha().raw().toBuffer({ resolveWithObject: true });
  } catch {
    throw new ReaderError('BAD_IMAGE', '无法打开这张图片，请重新拍照或直接填写');
  }
  const small = await grey(oriented, analysisSide);
  const light = brightness(small);
  if (light.mean < 45) throw new ReaderError('TOO_DARK', '照片太暗，看不清文字。请在光线充足处重拍，或直接填写');
  if (light.spread < 8) throw new ReaderError('NOT_A_CERTIFICATE', '照片里没有看到文字，请确认拍的是证书，或直接填写');
  const box = documentBox(small, otsu(small));
  const scale = oriented.info.width / small.width;
  let cut = pipeline(oriented);
  if (box) {
    cut = cut.extract({
      left: Math.floor(box.left * scale), top: Math.floor(box.top * scale),
      width: Math.min(oriented.info.width - Math.floor(box.left * scale), Math.ceil(box.width * scale)),
      height: Math.min(oriented.info.height - Math.floor(box.top * scale), Math.ceil(box.height * scale)),
    });
  }
  // Shrink before turning: rotating the 1024 px page costs a quarter of rotating the stored 1600–2048 px one.
  const page = await cut.resize({ width: readingSide, height: readingSide, fit: 'inside', withoutEnlargement: true }).raw().toBuffer({ resolveWithObject: true });
  const pageGrey = box ? await grey(page, analysisSide) : small;
  const angle = skewAngle(pageGrey, otsu(pageGrey));
  const turned = Math.abs(angle) >= 0.3 ? pipeline(page).rotate(-angle, { background: '#ffffff' }) : pipeline(page);
  const stretch = contrastStretch(pageGrey, flatRange);
  const straight = await (stretch ? turned.linear(stretch.gain, stretch.offset) : turned).raw().toBuffer({ resolveWithObject: true });
  const dhash = dHash(thumbnail(straight, 9, 8));
  let data: Buffer, info: OutputInfo;
  if (encoding === 'rgba') {
    // A rotation grows the page a little: back within the reading side, both sides a multiple of 32 (≤ 2 % stretch).
    const fit = Math.min(1, readingSide / Math.max(straight.info.width, straight.info.height));
    ({ data, info } = await pipeline(straight)
      .resize({ width: multipleOf32(straight.info.width * fit), height: multipleOf32(straight.info.height * fit), fit: 'fill' })
      .ensureAlpha(1).raw().toBuffer({ resolveWithObject: true }));
  } else {
    ({ data, info } = await pipeline(straight).resize({ width: readingSide, height: readingSide, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 90 }).toBuffer({ resolveWithObject: true }));
  }
  return {
    data, encoding, width: info.width, height: info.height, dhash,
    deskew: Math.abs(angle) >= 0.3 ? angle : 0, cropped: Boolean(box),
  };
}
