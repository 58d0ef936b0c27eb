/**
 * Tiny but genuinely decodable files, built byte by byte, for the upload
 * checks. (Verified once to decode in Chromium; see docs/decisions/003.)
 */
import { crc32, deflateSync } from 'node:zlib';

const u32be = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32BE(n >>> 0); return b; };
const u32le = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32LE(n >>> 0); return b; };

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  return Buffer.concat([u32be(data.length), body, u32be(crc32(body))]);
}

/** A 1×1 opaque white PNG. */
export function tinyPng(): Buffer {
  const ihdr = Buffer.concat([u32be(1), u32be(1), Buffer.from([8, 2, 0, 0, 0])]); // 8-bit RGB
  const raw = Buffer.from([0, 255, 255, 255]); // filter byte + one RGB pixel
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(raw)), pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function jpegSegment(marker: number, data: number[]): number[] {
  const length = data.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...data];
}

/**
 * An 8×8 mid-grey baseline JPEG. Each Huffman table holds one 1-bit code for
 * symbol 0, so the single block is "DC diff 0, end of block": bits `00`, padded with 1s.
 */
export function tinyJpeg(): Buffer {
  const oneCodeTable = [1, ...new Array<number>(15).fill(0), 0x00];
  return Buffer.from([
    0xff, 0xd8,
    ...jpegSegment(0xe0, [...Buffer.from('JFIF\0', 'latin1'), 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...jpegSegment(0xdb, [0x00, ...new Array<number>(64).fill(1)]),
    ...jpegSegment(0xc0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]),
    ...jpegSegment(0xc4, [0x00, ...oneCodeTable]),
    ...jpegSegment(0xc4, [0x10, ...oneCodeTable]),
    ...jpegSegment(0xda, [1, 1, 0x00, 0, 63, 0]),
    0x3f,
    0xff, 0xd9,
  ]);
}

/** Packs bits least-significant first, as VP8L expects. */
function lsbBits(fields: [value: number, bits: number][]): Buffer {
  const out: number[] = [];
  let acc = 0;
  let used = 0;
  for (const [value, bits] of fields) {
    for (let i = 0; i < bits; i += 1) {
      acc |= ((value >> i) & 1) << used;
      used += 1;
      if (used === 8) { out.push(acc); acc = 0; used = 0; }
    }
  }
  if (used > 0) out.push(acc);
  return Buffer.from(out);
}

/**
 * A 1×1 lossless WebP (VP8L): no transforms, no colour cache, and five
 * one-symbol "simple" prefix codes, so the pixel itself takes zero bits.
 */
export function tinyWebp(): Buffer {
  const simple8 = (symbol: number): [number, number][] => [[1, 1], [0, 1], [1, 1], [symbol, 8]];
  const vp8l = Buffer.concat([Buffer.from([0x2f]), lsbBits([
    [0, 14], [0, 14], [1, 1], [0, 3],  // width-1, height-1, alpha used, version
    [0, 1], [0, 1], [0, 1],            // no transform, no colour cache, no meta prefix codes
    ...simple8(0x80), ...simple8(0x40), ...simple8(0xc0), ...simple8(0xff), // green, red, blue, alpha
    [1, 1], [0, 1], [0, 1], [0, 1],    // distance: simple, one 1-bit symbol 0
  ])]);
  const chunk = Buffer.concat([Buffer.from('VP8L'), u32le(vp8l.length), vp8l, vp8l.length % 2 ? Buffer.from([0]) : Buffer.alloc(0)]);
  return Buffer.concat([Buffer.from('RIFF'), u32le(4 + chunk.length), Buffer.from('WEBP'), chunk]);
}

/** A one-page PDF with a correct cross-reference table. */
export function tinyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((obj, i) => { offsets.push(Buffer.byteLength(body)); body += `${i + 1} 0 obj\n${obj}\nendobj\n`; });
  const xrefAt = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Options for {@link craftPdf}: each one bends a well-formed PDF in one way. */
export interface CraftPdfOptions {
  /** Extra entries in the catalog dictionary (e.g. `/OpenAction 4 0 R`). */
  catalog?: string;
  /** Extra objects, numbered from 4 on. */
  objects?: string[];
  /** Raw bytes right after the header line (a comment, say). */
  afterHeader?: string;
  /** Bytes after `%%EOF`. */
  afterEof?: Buffer | string;
  /** Extra trailer entries (e.g. `/Encrypt 9 0 R`). */
  trailer?: string;
  /** Pages in the page tree (default 1; 0 gives a tree with no page objects). */
  pages?: number;
  /** Write a wrong `startxref` offset. */
  badStartxref?: boolean;
  /** Objects given as raw `N 0 obj … endobj` text, for streams with binary data. */
  rawObjects?: Buffer[];
}

/** A PDF built from parts, with a correct cross-reference table unless told otherwise. */
export function craftPdf(opts: CraftPdfOptions = {}): Buffer {
  const pages = opts.pages ?? 1;
  const pageIds = Array.from({ length: pages }, (_v, i) => 4 + (opts.objects?.length ?? 0) + (opts.rawObjects?.length ?? 0) + i);
  const objects: Buffer[] = [
    Buffer.from(`<< /Type /Catalog /Pages 2 0 R ${opts.catalog ?? ''}>>`, 'latin1'),
    Buffer.from(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages} >>`, 'latin1'),
    Buffer.from('<< /Producer (craft) >>', 'latin1'),
    ...(opts.objects ?? []).map((o) => Buffer.from(o, 'latin1')),
    ...(opts.rawObjects ?? []),
    ...pageIds.map(() => Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>', 'latin1')),
  ];
  const parts: Buffer[] = [Buffer.from(`%PDF-1.7\n${opts.afterHeader ?? ''}`, 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((obj, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), obj, Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${opts.trailer ?? ''}>>\nstartxref\n${opts.badStartxref ? 7 : length}\n%%EOF\n`;
  return Buffer.concat([...parts, Buffer.from(xref + trailer, 'latin1'), Buffer.from(opts.afterEof ?? '')]);
}

/** A stream object's text: `<< dict /Length n >> stream … endstream`. */
export function pdfStream(dict: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
}

/** A PNG whose header claims `width` × `height` pixels (the data is a few bytes). */
export function pngClaiming(width: number, height: number): Buffer {
  const ihdr = Buffer.concat([u32be(width), u32be(height), Buffer.from([8, 2, 0, 0, 0])]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(Buffer.alloc(64))), pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A JPEG that is also an HTML page: markup in a comment segment and after the end marker. */
export function jpegHtmlPolyglot(): Buffer {
  const jpeg = tinyJpeg();
  const html = Buffer.from('<html><body><script>alert(document.cookie)</script></body></html>', 'latin1');
  const comment = Buffer.concat([Buffer.from([0xff, 0xfe, (html.length + 2) >> 8, (html.length + 2) & 0xff]), html]);
  return Buffer.concat([jpeg.subarray(0, 2), comment, jpeg.subarray(2), html]);
}
