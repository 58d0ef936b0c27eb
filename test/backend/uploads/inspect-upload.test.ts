/**
 * Every upload is decoded, not trusted: photos go through the sharp adapter
 * and come out as a fresh JPEG; PDFs pass the structural check.
 */
import sharp from 'sharp';
import { createSharpImageNormalizer } from '../../../cloudfunctions/_core/adapters/sharp/sharp-image-normalizer';
import type { Deps } from '../../../cloudfunctions/_core/deps';
import { inspectUpload } from '../../../cloudfunctions/_core/use-cases/support/inspect-upload';
import { craftPdf, jpegHtmlPolyglot, pngClaiming, tinyJpeg, tinyPdf, tinyPng, tinyWebp } from './craft-files';

const deps = { images: createSharpImageNormalizer() } as unknown as Deps;
const refusal = (bytes: Buffer) => inspectUpload(deps, bytes).then(() => 'accepted', (e: { code: string; message: string }) => `${e.code} ${e.message}`);

describe('photos are decoded and re-encoded', () => {
  it.each([['JPEG', tinyJpeg()], ['PNG', tinyPng()], ['WebP', tinyWebp()]])('a real %s is stored as a fresh JPEG', async (_n, bytes) => {
    const file = await inspectUpload(deps, bytes);
    expect(file).toMatchObject({ kind: 'jpeg', contentType: 'image/jpeg', ext: 'jpg', receivedSize: bytes.length });
    expect(file.bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect((await sharp(file.bytes).metadata()).format).toBe('jpeg');
  });

  it('a JPEG/HTML polyglot is stored without its markup', async () => {
    const bytes = jpegHtmlPolyglot();
    expect(bytes.includes('<script>')).toBe(true);
    const file = await inspectUpload(deps, bytes);
    expect(file.bytes.includes('<script')).toBe(false);
    expect(file.bytes.includes('<html')).toBe(false);
    expect(file.bytes.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9])); // nothing after the end marker
  });

  it('honours EXIF orientation and drops the metadata', async () => {
    const sideways = await sharp({ create: { width: 80, height: 40, channels: 3, background: '#c41e24' } })
      .jpeg().withMetadata({ orientation: 6 }).toBuffer();
    expect((await sharp(sideways).metadata()).orientation).toBe(6);
    const file = await inspectUpload(deps, sideways);
    const meta = await sharp(file.bytes).metadata();
    expect([meta.width, meta.height, file.width, file.height]).toEqual([40, 80, 40, 80]);
    expect(meta.orientation).toBeUndefined();
    expect(meta.exif).toBeUndefined();
  });

  it('shrinks a 4000×3000 photo to a long edge of 1600 px', async () => {
    const photo = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#fbf6e9' } }).jpeg({ quality: 90 }).toBuffer();
    const file = await inspectUpload(deps, photo);
    expect([file.width, file.height]).toEqual([1600, 1200]);
  });

  it('puts a transparent screenshot on white, not black', async () => {
    const clear = await sharp({ create: { width: 4, height: 4, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const file = await inspectUpload(deps, clear);
    const { data } = await sharp(file.bytes).raw().toBuffer({ resolveWithObject: true });
    expect(Math.min(...data)).toBeGreaterThan(240);
  });
});

describe('photos that are refused', () => {
  it('three bytes FF D8 FF (a JPEG signature and nothing else) → FILE_DAMAGED', async () => {
    expect(await refusal(Buffer.from([0xff, 0xd8, 0xff]))).toMatch(/^FILE_DAMAGED 证书图片已损坏或不完整/);
  });

  it('a truncated JPEG → FILE_DAMAGED', async () => {
    const photo = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#888', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).jpeg().toBuffer();
    expect(await refusal(photo.subarray(0, Math.floor(photo.length / 2)))).toMatch(/^FILE_DAMAGED/);
  });

  it('a PNG signature followed by junk, or a WebP header around nothing → FILE_DAMAGED', async () => {
    expect(await refusal(Buffer.concat([tinyPng().subarray(0, 8), Buffer.from('<html><script>1</script></html>')]))).toMatch(/^FILE_DAMAGED/);
    expect(await refusal(tinyWebp().subarray(0, 20))).toMatch(/^FILE_DAMAGED/);
  });

  it.each([
    [20000, 20000],
    [2 ** 31, 2 ** 31],
    [2 ** 31 - 1, 1],
  ])('a PNG claiming %i × %i pixels → IMAGE_TOO_LARGE, before any decoding', async (w, h) => {
    const started = Date.now();
    expect(await refusal(pngClaiming(w, h))).toMatch(/^IMAGE_TOO_LARGE 图片尺寸过大（\d+×\d+ 像素），最多 5000 万像素/);
    expect(Date.now() - started).toBeLessThan(2000); // refused from the header, no 400 MP allocation
  });

  it('a JPEG over 50 MP is refused by the decoder limit → IMAGE_TOO_LARGE', async () => {
    // The 8×8 JPEG with its frame header saying 8000×6300 (50.4 MP): refused from the header, nothing decoded.
    const huge = tinyJpeg();
    const sof = huge.indexOf(Buffer.from([0xff, 0xc0]));
    huge.writeUInt16BE(6300, sof + 5);
    huge.writeUInt16BE(8000, sof + 7);
    expect(await refusal(huge)).toMatch(/^IMAGE_TOO_LARGE/);
  });
});

describe('PDFs are checked structurally and stored as sent', () => {
  it('a clean PDF keeps its bytes and page count', async () => {
    const file = await inspectUpload(deps, tinyPdf());
    expect(file).toMatchObject({ kind: 'pdf', contentType: 'application/pdf', pages: 1 });
    expect(file.bytes.equals(tinyPdf())).toBe(true);
  });

  it('a PDF with /JavaScript → FILE_UNSAFE', async () => {
    const pdf = craftPdf({ catalog: '/OpenAction 4 0 R', objects: ['<< /S /JavaScript /JS (app.alert(1)) >>'] });
    expect(await refusal(pdf)).toMatch(/^FILE_UNSAFE PDF 里含有脚本/);
  });
});

describe('EXIF orientation, all eight values', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('orientation %i gives the same pixels as sharp\'s own auto-orientation', async (orientation) => {
    // An asymmetric 96×64 image: a 24-px block of a different colour in each corner.
    const [W, H, B] = [96, 64, 24];
    const px = Buffer.alloc(W * H * 3, 128);
    const block = (x0: number, y0: number, rgb: number[]) => {
      for (let y = y0; y < y0 + B; y += 1) for (let x = x0; x < x0 + B; x += 1) px.set(rgb, (y * W + x) * 3);
    };
    block(0, 0, [255, 0, 0]); block(W - B, 0, [0, 255, 0]); block(0, H - B, [0, 0, 255]); block(W - B, H - B, [255, 255, 0]);
    const png = await sharp(px, { raw: { width: W, height: H, channels: 3 } }).png().withMetadata({ orientation }).toBuffer();
    const expected = await sharp(png).rotate().raw().toBuffer({ resolveWithObject: true });
    const file = await inspectUpload(deps, png);
    const got = await sharp(file.bytes).raw().toBuffer({ resolveWithObject: true });
    expect([got.info.width, got.info.height]).toEqual([expected.info.width, expected.info.height]);
    // JPEG is lossy: compare each corner's dominant channel.
    const corner = (img: { data: Buffer; info: { width: number; height: number } }, x: number, y: number) => {
      const i = (y * img.info.width + x) * 3;
      return [0, 1, 2].map((c) => ((img.data[i + c] ?? 0) > 160 ? 1 : 0)).join('');
    };
    const w = expected.info.width - B / 2, h = expected.info.height - B / 2;
    for (const [x, y] of [[B / 2, B / 2], [w, B / 2], [B / 2, h], [w, h]] as const) expect([x, y, corner(got, x, y)]).toEqual([x, y, corner(expected, x, y)]);
  });
});
