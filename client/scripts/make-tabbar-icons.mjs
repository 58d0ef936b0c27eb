#!/usr/bin/env node
/**
 * Draws the three tab-bar icons (81×81 PNG, grey and blue) with no image library:
 * shapes are sampled 4× per pixel for smooth edges and written with node:zlib.
 * Run: node client/scripts/make-tabbar-icons.mjs
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZE = 81;
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'assets', 'tabbar');

/** Shapes in a 0..1 square; each returns true when the point is inside the icon. */
const shapes = {
  home: (x, y) => {
    const roof = y >= 0.12 && y <= 0.48 && Math.abs(x - 0.5) <= (y - 0.12) * 1.25 && Math.abs(x - 0.5) >= (y - 0.12) * 1.25 - 0.12;
    const walls = y >= 0.46 && y <= 0.88 && x >= 0.22 && x <= 0.78;
    const door = y >= 0.62 && x >= 0.42 && x <= 0.58;
    return roof || (walls && !door);
  },
  manage: (x, y) => {
    const cell = (cx, cy) => Math.abs(x - cx) <= 0.15 && Math.abs(y - cy) <= 0.15;
    return cell(0.3, 0.3) || cell(0.7, 0.3) || cell(0.3, 0.7) || cell(0.7, 0.7);
  },
  mine: (x, y) => {
    const head = (x - 0.5) ** 2 + (y - 0.32) ** 2 <= 0.17 ** 2;
    const body = y >= 0.58 && y <= 0.9 && ((x - 0.5) / 0.34) ** 2 + ((y - 0.9) / 0.32) ** 2 <= 1;
    return head || body;
  },
};

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(inside, [r, g, b]) {
  const rows = [];
  for (let py = 0; py < SIZE; py++) {
    const row = Buffer.alloc(1 + SIZE * 4);
    for (let px = 0; px < SIZE; px++) {
      let hits = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) {
        if (inside((px + (sx + 0.5) / 4) / SIZE, (py + (sy + 0.5) / 4) / SIZE)) hits++;
      }
      row.set([r, g, b, Math.round((hits / 16) * 255)], 1 + px * 4);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0); ihdr.writeUInt32BE(SIZE, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(out, { recursive: true });
for (const [name, inside] of Object.entries(shapes)) {
  writeFileSync(join(out, `${name}.png`), png(inside, [0x3a, 0x3a, 0x3a]));
  writeFileSync(join(out, `${name}-active.png`), png(inside, [0x0a, 0x4f, 0x96]));
}
console.log(`tab-bar icons written to ${out}`);
