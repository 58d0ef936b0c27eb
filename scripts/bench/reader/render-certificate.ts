/**
 * Renders a certificate layout as a phone photo: SVG text in the Noto Sans SC /
 * Noto Serif SC fonts the project ships (librsvg through sharp, fontconfig
 * pointed at them by test/support/shipped-fonts.ts, never the machine's fonts),
 * a red seal over the issuer and date, then the card laid on a table with rotation, perspective, uneven
 * light, noise, blur, and sometimes stored sideways with an EXIF orientation.
 * The hard profile adds what photo-effects.ts draws (shake, dim light, grain
 * in each channel, strong JPEG, a heavier seal, old phones, smaller print).
 */
import sharp from 'sharp';
import type { CertificateLayout } from './certificate-templates';
import { seeded } from './certificate-templates';
import { shippedFamilies, useShippedFonts } from '../../../test/support/shipped-fonts';
import { hardEffects, standardEffects, type PhotoEffects, type PhotoProfile, type SealStamp } from './photo-effects';

// Before sharp draws its first text: fontconfig reads its configuration once.
useShippedFonts();

export type { PhotoEffects, PhotoProfile } from './photo-effects';

const cardW = 2400, cardH = 1700;
const standardSeal: SealStamp = { dx: 0, dy: 0, radius: 165, opacity: 0.72 };

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function cardSvg(layout: CertificateLayout, font: string, scale: number, fontScale = 1, seal = standardSeal): string {
  const rows = layout.rows.map((r) => `<text x="${r.x}" y="${r.y}" font-size="${r.size * fontScale}" font-family="${font}" fill="#1d1a18">${escape(r.text)}</text>`).join('');
  const x = layout.seal.x + seal.dx, y = layout.seal.y + seal.dy, k = seal.radius / standardSeal.radius;
  const star = Array.from({ length: 10 }, (_, k2) => {
    const a = -Math.PI / 2 + (k2 * Math.PI) / 5, rad = (k2 % 2 ? 22 : 55) * k;
    return `${x + rad * Math.cos(a)},${y - 10 + rad * Math.sin(a)}`;
  }).join(' ');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(cardW * scale)}" height="${Math.round(cardH * scale)}" viewBox="0 0 ${cardW} ${cardH}">
<rect width="${cardW}" height="${cardH}" fill="#fbf6e8"/>
<rect x="40" y="40" width="${cardW - 80}" height="${cardH - 80}" fill="none" stroke="#b3242a" stroke-width="14"/>
<rect x="66" y="66" width="${cardW - 132}" height="${cardH - 132}" fill="none" stroke="#c9a13b" stroke-width="5"/>
<text x="${cardW / 2}" y="300" font-size="120" font-family="${shippedFamilies.serif}" font-weight="bold" text-anchor="middle" fill="#b3242a" letter-spacing="30">${escape(layout.heading)}</text>
${rows}
<g opacity="${seal.opacity}"><circle cx="${x}" cy="${y}" r="${seal.radius}" fill="none" stroke="#d3141c" stroke-width="${12 * k}"/>
<polygon points="${star}" fill="#d3141c"/>
<text x="${x}" y="${y + 95 * k}" font-size="${34 * k}" font-family="${shippedFamilies.sans}" text-anchor="middle" fill="#d3141c">培训专用章</text></g>
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

/** Scales the photo's brightness to `meanLuma` (dim light), then adds grain in each channel (a dim phone's sensor noise). */
function expose(out: Buffer, meanLuma: number | undefined, noise: number, rand: () => number): void {
  let sum = 0;
  for (let o = 0; o < out.length; o += 3) sum += 0.299 * out[o]! + 0.587 * out[o + 1]! + 0.114 * out[o + 2]!;
  const gain = meanLuma === undefined ? 1 : meanLuma / (sum / (out.length / 3));
  for (let o = 0; o < out.length; o += 1) out[o] = Math.max(0, Math.min(255, out[o]! * gain + (rand() - 0.5) * 2 * noise));
}

/**
 * The photo (JPEG bytes, 4000×3000 as displayed unless the hard profile
 * picked an old phone) and the effects used. The standard profile's pictures
 * are the same as they have always been.
 */
export async function renderCertificatePhoto(layout: CertificateLayout, index: number, size?: { width: number; height: number }, profile: PhotoProfile = 'standard'): Promise<{ jpeg: Buffer; effects: PhotoEffects }> {
  const rand = seeded(5000 + index);
  const hard = profile === 'hard';
  const effects: PhotoEffects = hard ? hardEffects(index) : standardEffects(rand);
  const { width: W, height: H } = size ?? { width: effects.width ?? 4000, height: effects.height ?? 3000 };
  const scale = (W * (effects.cardShare ?? 0.86)) / cardW;
  const card = await sharp(Buffer.from(cardSvg(layout, effects.font, scale, effects.fontScale, effects.seal))).removeAlpha().raw().toBuffer({ resolveWithObject: true });
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
  // The standard set adds one grey grain per pixel in this pass; the hard set exposes and adds colour grain after it.
  const grain = hard ? 0 : effects.noise;
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
      const n = grain ? (rand() - 0.5) * 2 * grain : 0;
      out[o] = Math.max(0, Math.min(255, r * light + n));
      out[o + 1] = Math.max(0, Math.min(255, g * light + n));
      out[o + 2] = Math.max(0, Math.min(255, b * light + n));
    }
  }
  if (hard) expose(out, effects.meanLuma, effects.noise, rand);
  let photo = sharp(out, { raw: { width: W, height: H, channels: 3 } });
  if (effects.motion) {
    const { length, vertical } = effects.motion;
    // sharp's kernels are at least 3×3: a line of ones through the middle of a 3-wide band.
    const kernel = Array.from({ length: 3 * length }, (_, k) => (vertical ? k % 3 === 1 : Math.floor(k / length) === 1) ? 1 : 0);
    const line = { width: vertical ? 3 : length, height: vertical ? length : 3, kernel, scale: length };
    photo = sharp(await photo.convolve(line).raw().toBuffer(), { raw: { width: W, height: H, channels: 3 } });
  }
  if (effects.blur > 0) photo = photo.blur(effects.blur);
  if (effects.exifRotated) {
    // Stored sideways as a phone does, with EXIF orientation 6 telling viewers to turn it back.
    const sideways = await photo.rotate(-90).raw().toBuffer({ resolveWithObject: true });
    photo = sharp(sideways.data, { raw: { width: sideways.info.width, height: sideways.info.height, channels: 3 } }).withMetadata({ orientation: 6 });
  }
  return { jpeg: await photo.jpeg({ quality: effects.jpegQuality ?? 88 }).toBuffer(), effects };
}
