import sharp, { type OutputInfo, type Sharp } from 'sharp';
import { ReaderError } from '../../ports/certificate-reader';
import { brightness, dHash, documentBox, otsu, skewAngle, type Grey } from './image-analysis';

/** The image the OCR engine reads, and what normalising it found. */
export interface NormalisedImage {
  jpeg: Buffer;
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
/** Photos larger than this are refused before decoding (a 4000×3000 phone photo is 12 MP). */
const maxPixels = 60_000_000;

async function grey(input: Sharp, side: number): Promise<Grey> {
  const { data, info } = await input.clone().resize({ width: side, height: side, fit: 'inside' }).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height };
}

/**
 * Stored certificate bytes → the page the OCR reads: EXIF orientation applied,
 * cropped to the paper when the photo shows a table around it, small skews
 * (±6°) straightened, shrunk to `readingSide`, JPEG. Refuses what cannot be
 * read: bytes that are not an image, a photo too dark, a blank frame.
 */
export async function normaliseForReading(bytes: Buffer): Promise<NormalisedImage> {
  let oriented: { data: Buffer; info: OutputInfo };
  try {
    // One full decode: orient and shrink to twice the reading size, keep the raw pixels for the later steps.
    oriented = await sharp(bytes, { limitInputPixels: maxPixels, failOn: 'error' }).autoOrient()
      .resize({ width: readingSide * 2, height: readingSide * 2, fit: 'inside', withoutEnlargement: true })
      .removeAlpha().raw().toBuffer({ resolveWithObject: true });
  } catch {
    throw new ReaderError('BAD_IMAGE', '无法打开这张图片，请重新拍照或直接填写');
  }
  const raw = () => sharp(oriented.data, { raw: { width: oriented.info.width, height: oriented.info.height, channels: oriented.info.channels as 3 } });
  const small = await grey(raw(), analysisSide);
  const light = brightness(small);
  if (light.mean < 45) throw new ReaderError('TOO_DARK', '照片太暗，看不清文字。请在光线充足处重拍，或直接填写');
  if (light.spread < 8) throw new ReaderError('NOT_A_CERTIFICATE', '照片里没有看到文字，请确认拍的是证书，或直接填写');
  const threshold = otsu(small);
  const box = documentBox(small, threshold);
  const scale = oriented.info.width / small.width;
  let page = raw();
  let pageGrey = small;
  if (box) {
    const region = {
      left: Math.floor(box.left * scale), top: Math.floor(box.top * scale),
      width: Math.min(oriented.info.width - Math.floor(box.left * scale), Math.ceil(box.width * scale)),
      height: Math.min(oriented.info.height - Math.floor(box.top * scale), Math.ceil(box.height * scale)),
    };
    const cut = await raw().extract(region).raw().toBuffer({ resolveWithObject: true });
    page = sharp(cut.data, { raw: { width: cut.info.width, height: cut.info.height, channels: cut.info.channels as 3 } });
    pageGrey = await grey(page, analysisSide);
  }
  const angle = skewAngle(pageGrey, otsu(pageGrey));
  const straight = Math.abs(angle) >= 0.3 ? page.rotate(-angle, { background: '#ffffff' }) : page;
  const { data: jpeg, info } = await straight
    .resize({ width: readingSide, height: readingSide, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 90 }).toBuffer({ resolveWithObject: true });
  const thumb = await sharp(jpeg).resize(9, 8, { fit: 'fill' }).greyscale().raw().toBuffer();
  return {
    jpeg, width: info.width, height: info.height,
    dhash: dHash({ data: new Uint8Array(thumb), width: 9, height: 8 }),
    deskew: Math.abs(angle) >= 0.3 ? angle : 0, cropped: Boolean(box),
  };
}
