/**
 * Renders a certificate layout as a phone photo: SVG text with the system's
 * Noto CJK fonts (librsvg through sharp), a red seal over the issuer and
 * date, then the card laid on a table with rotation, perspective, uneven
 * light, noise, blur, and sometimes stored sideways with an EXIF orientation.
 */
import sharp from 'sharp';
import type { CertificateLayout } from './certificate-templates';
import { seeded } from './certificate-templates';

const cardW = 2400, cardH = 1700;

/** Photo effects applied to one image (recorded with the image for the report). */
export interface PhotoEffects { rotateDeg: number; blur: number; noise: number; light: number; perspective: number; exifRotated: boolean; font: string }

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function cardSvg(layout: CertificateLayout, font: string, scale: number): string {
  const rows = layout.rows.map((r) => `<text x="${r.x}" y="${r.y}" font-size="${r.size}" font-family="${font}" fill="#1d1a18">${escape(r.text)}</text>`).join('');
  const { x, y } = layout.seal;
  const star = Array.from({ length: 10 }, (_, k) => {
    const a = -Math.PI / 2 + (k * Math.PI) / 5, rad = k % 2 ? 22 : 55;
    return `${x + rad * Math.cos(a)},${y - 10 + rad * Math.sin(a)}`;
  }).join(' ');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(cardW * scale)}" height="${Math.round(cardH * scale)}" viewBox="0 0 ${cardW} ${cardH}">
<rect width="${cardW}" height="${cardH}" fill="#fbf6e8"/>
<rect x="40" y="40" width="${cardW - 80}" height="${cardH - 80}" fill="none" stroke="#b3242a" stroke-width="14"/>
<rect x="66" y="66" width="${cardW - 132}" height="${cardH - 132}" fill="none" stroke="#c9a13b" stroke-width="5"/>
<text x="${cardW / 2}" y="300" font-size="120" font-family="Noto Serif CJK SC" font-weight="bold" text-anchor="middle" fill="#b3242a" letter-spacing="30">${escape(layout.heading)}</text>
${rows}
<g opacity="0.72"><circle cx="${x}" cy="${y}" r="165" fill="none" stroke="#d3141c" stroke-width="12"/>
<polygon points="${star}" fill="#d3141c"/>
<text x="${x}" y="${y + 95}" font-size="34" font-family="Noto Sans CJK SC" text-anchor="middle" fill="#d3141c">培训专用章</text></g>
</svg>`;
}

/** Solves the 8 unknowns of the homography mapping four points onto four others. */
function homography(from: number[][], to: number[][]): number[] {
  const a: number[][] = [];
  for (let i = 0; i < 4; i += 1) {
    const [x, y] = from[i] as [number, number], [u, v] = to[i] as [number, number];
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let c = 0; c < 8; c += 1) {
    let p = c;
    for (let r = c + 1; r < 8; r += 1) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    [a[c], a[p]] = [a[p]!, a[c]!];
    for (let r = 0; r < 8; r += 1) {
      if (r === c) continue;
      const f = a[r]![c]! / a[c]![c]!;
      for (let k = c; k < 9; k += 1) a[r]![k]! -= f * a[c]![k]!;
    }
  }
  return a.map((row, i) => row[8]! / row[i]!);
}

/** The photo (JPEG bytes, 4000×3000 as displayed) and the effects used. */
export async function renderCertificatePhoto(layout: CertificateLayout, index: number, size = { width: 4000, height: 3000 }): Promise<{ jpeg: Buffer; effects: PhotoEffects }> {
  const rand = seeded(5000 + index);
  const effects: PhotoEffects = {
    rotateDeg: Math.round((rand() * 10 - 5) * 10) / 10,
    blur: rand() < 0.4 ? 0.6 + rand() * 1.4 : 0,
    noise: 4 + rand() * 10,
    light: 0.15 + rand() * 0.3,
    perspective: rand() * 0.05,
    exifRotated: rand() < 0.3,
    font: rand() < 0.6 ? 'Noto Sans CJK SC' : 'Noto Serif CJK SC',
  };
  const { width: W, height: H } = size;
  const scale = (W * 0.86) / cardW;
  const card = await sharp(Buffer.from(cardSvg(layout, effects.font, scale))).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const cw = card.info.width, ch = card.info.height, src = card.data;
  // Destination corners: centred, rotated, each corner nudged for perspective.
  const rad = (effects.rotateDeg * Math.PI) / 180, cx = W / 2, cy = H / 2;
  const jitter = () => (rand() - 0.5) * 2 * effects.perspective * W;
  const corners = [[-cw / 2, -ch / 2], [cw / 2, -ch / 2], [cw / 2, ch / 2], [-cw / 2, ch / 2]].map(([x, y]) => [
    cx + x! * Math.cos(rad) - y! * Math.sin(rad) + jitter(), cy + x! * Math.sin(rad) + y! * Math.cos(rad) + jitter(),
  ]);
  const h = homography(corners, [[0, 0], [cw, 0], [cw, ch], [0, ch]]);
  const out = Buffer.alloc(W * H * 3);
  const lx = W * (0.2 + rand() * 0.6), ly = H * (0.2 + rand() * 0.6), reach = (W * W + H * H) / 2;
  for (let y = 0; y < H; y += 1) {
    for (let x = 0; x < W; x += 1) {
      const d = h[6]! * x + h[7]! * y + 1;
      const sx = (h[0]! * x + h[1]! * y + h[2]!) / d, sy = (h[3]! * x + h[4]! * y + h[5]!) / d;
      const light = 1 - effects.light * (((x - lx) ** 2 + (y - ly) ** 2) / reach);
      const o = (y * W + x) * 3;
      let r: number, g: number, b: number;
      if (sx >= 0 && sy >= 0 && sx < cw - 1 && sy < ch - 1) {
        const i = (Math.floor(sy) * cw + Math.floor(sx)) * 3; // nearest sample: the card is rendered at photo scale
        r = src[i]!; g = src[i + 1]!; b = src[i + 2]!;
      } else {
        const wood = 90 + 25 * Math.sin(y / 37 + Math.sin(x / 410) * 3);
        r = wood + 30; g = wood; b = wood - 25;
      }
      const n = (rand() - 0.5) * 2 * effects.noise;
      out[o] = Math.max(0, Math.min(255, r * light + n));
      out[o + 1] = Math.max(0, Math.min(255, g * light + n));
      out[o + 2] = Math.max(0, Math.min(255, b * light + n));
    }
  }
  let photo = sharp(out, { raw: { width: W, height: H, channels: 3 } });
  if (effects.blur > 0) photo = photo.blur(effects.blur);
  if (effects.exifRotated) {
    // Stored sideways as a phone does, with EXIF orientation 6 telling viewers to turn it back.
    const sideways = await photo.rotate(-90).raw().toBuffer({ resolveWithObject: true });
    photo = sharp(sideways.data, { raw: { width: sideways.info.width, height: sideways.info.height, channels: 3 } }).withMetadata({ orientation: 6 });
  }
  return { jpeg: await photo.jpeg({ quality: 88 }).toBuffer(), effects };
}
