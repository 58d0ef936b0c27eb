import { deflateSync } from 'node:zlib';

/**
 * A small PNG that looks like a certificate from afar (cream paper, red frame,
 * a title bar, lines of "text" and a round red seal), so the demo shows real
 * image files without shipping binary assets. `variant` changes the line
 * lengths, so two certificates never share bytes.
 */
export function certificatePng(variant: number, width = 480, height = 340): Buffer {
  const px = Buffer.alloc(width * height * 3);
  const set = (x: number, y: number, [r, g, b]: readonly number[]) => {
    const i = (y * width + x) * 3;
    px[i] = r ?? 0; px[i + 1] = g ?? 0; px[i + 2] = b ?? 0;
  };
  const rect = (x0: number, y0: number, w: number, h: number, c: readonly number[]) => {
    for (let y = y0; y < Math.min(height, y0 + h); y += 1) for (let x = x0; x < Math.min(width, x0 + w); x += 1) set(x, y, c);
  };
  const paper = [251, 246, 233], red = [196, 30, 36], ink = [70, 64, 60];
  rect(0, 0, width, height, paper);
  for (const inset of [8, 14]) {
    rect(inset, inset, width - 2 * inset, 3, red); rect(inset, height - inset - 3, width - 2 * inset, 3, red);
    rect(inset, inset, 3, height - 2 * inset, red); rect(width - inset - 3, inset, 3, height - 2 * inset, red);
  }
  rect(150, 40, 180, 22, red); // 结业证书 title
  for (let line = 0; line < 6; line += 1) {
    const len = 220 + ((variant * 37 + line * 53) % 140);
    rect(60, 95 + line * 30, len, 8, ink);
  }
  const [cx, cy, r] = [370, 260, 42]; // seal ring
  for (let y = cy - r; y <= cy + r; y += 1) {
    for (let x = cx - r; x <= cx + r; x += 1) {
      const d = Math.hypot(x - cx, y - cy);
      if (d <= r && d >= r - 5) set(x, y, red);
    }
  }
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) px.copy(raw, y * (width * 3 + 1) + 1, y * width * 3, (y + 1) * width * 3);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0); header.writeUInt32BE(height, 4);
  header[8] = 8; header[9] = 2; // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
