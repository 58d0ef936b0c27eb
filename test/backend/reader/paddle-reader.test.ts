/**
 * The real local reader, once per test run (the OCR model warms up once here
 * and nowhere else): image normalisation on generated photos, refusals that
 * need no OCR, a stuck read killed by its timeout, and generated certificates
 * read end to end over HTTP.
 */
import sharp from 'sharp';
import { extractFields } from '../../../shared/certificate';
import { readCertificateData } from '../../../shared/schemas/api/records';
import { lumaRange } from '../../../cloudfunctions/_core/adapters/reader/image-analysis';
import { normaliseForReading } from '../../../cloudfunctions/_core/adapters/reader/normalise-image';
import { PaddleReader } from '../../../cloudfunctions/_core/adapters/reader/paddle-reader';
import { ReaderError } from '../../../cloudfunctions/_core/ports/certificate-reader';
import { generateCertificate, type GeneratedCertificate } from '../../../scripts/bench/reader/generate-set';
import { startHarness, type Harness } from '../http/harness';

jest.setTimeout(120_000);

const size = { width: 1600, height: 1200 };
let photos: GeneratedCertificate[];
beforeAll(async () => {
  photos = [await generateCertificate(0, size), await generateCertificate(1, size)];
});

/** The photo as one byte of luma a pixel, at the analysis size. */
const greyOf = async (jpeg: Buffer) => {
  const { data, info } = await sharp(jpeg).autoOrient().resize({ width: 512, height: 512, fit: 'inside' }).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), width: info.width, height: info.height };
};

const readerError = async (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof ReaderError ? e.code : String(e)));

describe('normalising a photo for reading', () => {
  it('straightens a tilted card, crops the table away and shrinks to 1024 px', async () => {
    const [tilted] = photos;
    expect(Math.abs(tilted?.effects.rotateDeg ?? 0)).toBeGreaterThan(2);
    const page = await normaliseForReading(tilted!.jpeg);
    expect(page.cropped).toBe(true);
    expect(Math.sign(page.deskew)).toBe(Math.sign(tilted!.effects.rotateDeg));
    expect(Math.abs(page.deskew - tilted!.effects.rotateDeg)).toBeLessThan(1.5);
    expect(Math.max(page.width, page.height)).toBe(1024);
    expect(page.dhash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('hands the local engine raw pixels at a size its detector takes as is, with the same hash as the JPEG page', async () => {
    const [tilted] = photos;
    const jpeg = await normaliseForReading(tilted!.jpeg);
    const rgba = await normaliseForReading(tilted!.jpeg, { encoding: 'rgba' });
    expect(rgba.encoding).toBe('rgba');
    expect([rgba.width % 32, rgba.height % 32]).toEqual([0, 0]);
    expect(Math.max(rgba.width, rgba.height)).toBeLessThanOrEqual(1024);
    expect(rgba.data.length).toBe(rgba.width * rgba.height * 4);
    expect(Math.abs(rgba.width / rgba.height - jpeg.width / jpeg.height)).toBeLessThan(0.03);
    expect(rgba.dhash).toBe(jpeg.dhash);
    expect(rgba.deskew).toBe(jpeg.deskew);
  });

  it('honours the EXIF orientation of a photo stored sideways', async () => {
    const upright = await sharp(photos[1]!.jpeg).rotate(-90).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    expect((await sharp(upright).metadata()).width).toBeLessThan((await sharp(upright).metadata()).height ?? 0);
    const page = await normaliseForReading(upright);
    expect(page.width).toBeGreaterThan(page.height);
  });

  it('refuses bytes that are no image, a dark photo and a blank frame, without starting the OCR', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]);
    const dark = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#101010' } }).jpeg().toBuffer();
    const blank = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#f4f1ea' } }).jpeg().toBuffer();
    expect(await readerError(normaliseForReading(png))).toBe('BAD_IMAGE');
    expect(await readerError(normaliseForReading(dark))).toBe('TOO_DARK');
    expect(await readerError(normaliseForReading(blank))).toBe('NOT_A_CERTIFICATE');
  });

  it("the bench's hard set photographs in dim light close to, but above, the TOO_DARK line", async () => {
    const dim = await generateCertificate(9, undefined, 'hard');
    expect(dim.effects.hardships).toContain('dim');
    const { channels } = await sharp(dim.jpeg).stats();
    const luma = 0.299 * channels[0]!.mean + 0.587 * channels[1]!.mean + 0.114 * channels[2]!.mean;
    expect(luma).toBeGreaterThan(45);
    expect(luma).toBeLessThan(70);
    const page = await normaliseForReading(dim.jpeg);
    expect(page.cropped).toBe(true);
  });

  it('stretches a dim page so its paper reads near white and its ink near black; a well-lit page keeps its levels', async () => {
    const rangeOf = async (p: Awaited<ReturnType<typeof normaliseForReading>>) => {
      const luma = new Uint8Array(p.width * p.height);
      for (let i = 0; i < luma.length; i += 1) luma[i] = (p.data[i * 4]! * 77 + p.data[i * 4 + 1]! * 150 + p.data[i * 4 + 2]! * 29) >> 8;
      return lumaRange({ data: luma, width: p.width, height: p.height });
    };
    const dim = await generateCertificate(9, undefined, 'hard');
    const before = lumaRange(await greyOf(dim.jpeg));
    expect(before.high - before.low).toBeLessThan(170);
    const after = await rangeOf(await normaliseForReading(dim.jpeg, { encoding: 'rgba' }));
    expect(after.high - after.low).toBeGreaterThan(before.high - before.low + 60);
    expect(after.high - after.low).toBeGreaterThanOrEqual(170);

    const lit = await normaliseForReading(photos[1]!.jpeg, { encoding: 'rgba' });
    const litBefore = lumaRange(await greyOf(photos[1]!.jpeg));
    const litAfter = await rangeOf(lit);
    expect(litBefore.high - litBefore.low).toBeGreaterThanOrEqual(170);
    expect(Math.abs(litAfter.high - litBefore.high)).toBeLessThan(25);
  });
});

describe('the local PaddleOCR reader', () => {
  let reader: PaddleReader;
  let h: Harness;
  beforeAll(async () => {
    reader = new PaddleReader({ idleMs: 0 });
    h = await startHarness({ reader });
  });
  afterAll(async () => { await h.close(); });

  it('a read past its time is refused and the stuck engine replaced', async () => {
    expect(await readerError(reader.read({ bytes: photos[0]!.jpeg, fileId: 'test' }, { timeoutMs: 30 }))).toBe('READ_TIMEOUT');
    expect(reader.childPid).toBeUndefined();
  });

  it('reads generated certificates into the fields they print', async () => {
    for (const photo of photos) {
      const image = await reader.read({ bytes: photo.jpeg, fileId: 'test' }, { timeoutMs: 60_000 });
      const { fields } = extractFields(image.lines, { expectedName: photo.truth.teacherName });
      const read = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v?.value]));
      const expected = Object.fromEntries(Object.entries(photo.truth).filter(([, v]) => v !== undefined));
      expect({ template: photo.template, ...read }).toEqual({ template: photo.template, ...expected });
    }
  });

  it('over HTTP: a teacher\'s photo comes back as fields with confidences and the lines', async () => {
    const people = ((await h.get('/local/demo-people')).body as { data: { people: { personId: string; name: string }[] } }).data.people;
    const token = await h.signIn(people.find((p) => p.name === '赵磊')!.personId);
    const up = await h.post('/local/upload', photos[1]!.jpeg, token, { raw: true, contentType: 'image/jpeg' });
    const uploadId = (up.body.data as { uploadId: string }).uploadId;
    const res = await h.fn('records', { action: 'read-certificate', uploadId }, token);
    expect(res.ok).toBe(true);
    const data = readCertificateData.parse(res.data);
    expect(data.fields.hours?.value).toBe(photos[1]!.truth.hours);
    expect(data.fields.certificateNo?.value).toBe(photos[1]!.truth.certificateNo);
    expect(data.lines.length).toBeGreaterThan(5);
    expect(data.warnings.map((w) => w.code)).toContain('NAME_MISMATCH'); // the photo is not 赵磊's
  });
});
