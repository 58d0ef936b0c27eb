/**
 * Pure pixel arithmetic for normalising a certificate photo, on a small
 * greyscale copy (one byte per pixel): brightness, Otsu threshold, the
 * document's bounding box, the skew angle and a difference hash.
 */

/** A greyscale image, one byte per pixel, row by row. */
export interface Grey { data: Uint8Array; width: number; height: number }

/** Mean and standard deviation of the luma (0–255). */
export function brightness(g: Grey): { mean: number; spread: number } {
  let sum = 0, sq = 0;
  for (const v of g.data) { sum += v; sq += v * v; }
  const n = g.data.length || 1;
  const mean = sum / n;
  return { mean, spread: Math.sqrt(Math.max(0, sq / n - mean * mean)) };
}

/**
 * The grey levels below which `share` of the pixels lie, and above which
 * `share` lie: the page's darkest ink and brightest paper, ignoring specks.
 */
export function lumaRange(g: Grey, share = 0.01): { low: number; high: number } {
  const hist = new Array<number>(256).fill(0);
  for (const v of g.data) hist[v] = (hist[v] ?? 0) + 1;
  const cut = g.data.length * share;
  let low = 0, high = 255;
  for (let seen = 0; low < 255 && seen + (hist[low] ?? 0) <= cut; low += 1) seen += hist[low] ?? 0;
  for (let seen = 0; high > 0 && seen + (hist[high] ?? 0) <= cut; high -= 1) seen += hist[high] ?? 0;
  return { low, high: Math.max(low, high) };
}

/**
 * The gain and offset (`out = in × gain + offset`) that stretch a dim or
 * washed-out page, whose ink and paper are less than `flatRange` grey levels
 * apart, so its ink is near black and its paper near white; null for a page
 * of normal contrast. The recogniser lost whole lines on dim, blurred photos
 * (docs/reader.md, the hard set: 81 % → 95 % of fields exact with it).
 */
export function contrastStretch(g: Grey, flatRange = 170, maxGain = 3): { gain: number; offset: number } | null {
  const { low, high } = lumaRange(g);
  if (high - low >= flatRange) return null;
  const gain = Math.min(maxGain, 255 / Math.max(1, high - low));
  return { gain, offset: -low * gain };
}

/** Otsu's threshold: the grey level that best separates ink (and background) from paper. */
export function otsu(g: Grey): number {
  const hist = new Array<number>(256).fill(0);
  for (const v of g.data) hist[v] = (hist[v] ?? 0) + 1;
  const total = g.data.length;
  let sumAll = 0;
  for (let i = 0; i < 256; i += 1) sumAll += i * (hist[i] ?? 0);
  let sumB = 0, weightB = 0, best = 0, threshold = 127;
  for (let t = 0; t < 256; t += 1) {
    weightB += hist[t] ?? 0;
    if (weightB === 0) continue;
    const weightF = total - weightB;
    if (weightF === 0) break;
    sumB += t * (hist[t] ?? 0);
    const between = weightB * weightF * (sumB / weightB - (sumAll - sumB) / weightF) ** 2;
    if (between > best) { best = between; threshold = t; }
  }
  return threshold;
}

/** Box in pixels of `g`: left, top, width, height. */
export interface Box { left: number; top: number; width: number; height: number }

/**
 * The paper's extent when the photo shows a darker table around it: rows and
 * columns that are mostly brighter than the threshold. Undefined when the
 * paper fills the frame (nothing to crop) or the result looks wrong.
 */
export function documentBox(g: Grey, threshold: number): Box | undefined {
  const { width, height, data } = g;
  const rowBright = new Array<number>(height).fill(0), colBright = new Array<number>(width).fill(0);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if ((data[y * width + x] ?? 0) > threshold) { rowBright[y] = (rowBright[y] ?? 0) + 1; colBright[x] = (colBright[x] ?? 0) + 1; }
    }
  }
  const span = (counts: number[], of: number) => {
    const first = counts.findIndex((c) => c > of * 0.5);
    let last = counts.length - 1;
    while (last > first && (counts[last] ?? 0) <= of * 0.5) last -= 1;
    return first < 0 ? undefined : [first, last] as const;
  };
  const rows = span(rowBright, width), cols = span(colBright, height);
  if (!rows || !cols) return undefined;
  const box = { left: cols[0], top: rows[0], width: cols[1] - cols[0] + 1, height: rows[1] - rows[0] + 1 };
  const share = (box.width * box.height) / (width * height);
  if (share > 0.9 || share < 0.25) return undefined;
  const mx = Math.round(width * 0.01), my = Math.round(height * 0.01);
  const left = Math.max(0, box.left - mx), top = Math.max(0, box.top - my);
  return { left, top, width: Math.min(width - left, box.width + 2 * mx), height: Math.min(height - top, box.height + 2 * my) };
}

/**
 * Skew of the text lines in degrees (positive = lines descend to the right,
 * i.e. turned clockwise; undo with a rotation by minus it): the angle whose projection of the ink
 * pixels onto the vertical axis is most peaked. Searches ±6° in 0.5° steps,
 * then ±0.5° around the best in 0.1° steps.
 */
export function skewAngle(g: Grey, threshold: number): number {
  const xs: number[] = [], ys: number[] = [];
  // Every pixel (the copy is small): sampling on a grid would favour 0°, where the grid's rows line up with the bins.
  const step = 1;
  // Only the middle of the page: a tilted page's corners show the table, which is darker than any ink.
  const x0 = Math.floor(g.width * 0.12), x1 = Math.ceil(g.width * 0.88), y0 = Math.floor(g.height * 0.12), y1 = Math.ceil(g.height * 0.88);
  for (let y = y0; y < y1; y += step) {
    for (let x = x0; x < x1; x += step) {
      if ((g.data[y * g.width + x] ?? 255) < threshold * 0.75) { xs.push(x); ys.push(y); }
    }
  }
  if (xs.length < 50) return 0;
  const score = (deg: number) => {
    const t = Math.tan((deg * Math.PI) / 180);
    const bins = new Map<number, number>();
    for (let i = 0; i < xs.length; i += 1) {
      const bin = Math.round((ys[i] ?? 0) - (xs[i] ?? 0) * t);
      bins.set(bin, (bins.get(bin) ?? 0) + 1);
    }
    let s = 0;
    for (const c of bins.values()) s += c * c;
    return s;
  };
  let best = 0, bestScore = score(0);
  for (let deg = -6; deg <= 6; deg += 0.5) { const s = score(deg); if (s > bestScore) { bestScore = s; best = deg; } }
  const coarse = best;
  for (let deg = coarse - 0.5; deg <= coarse + 0.5; deg += 0.1) { const s = score(deg); if (s > bestScore) { bestScore = s; best = deg; } }
  return Math.round(best * 10) / 10;
}

/** 64-bit difference hash of a 9×8 greyscale thumbnail, as 16 hex digits. */
export function dHash(thumb: Grey): string {
  let hex = '';
  for (let y = 0; y < 8; y += 1) {
    let byte = 0;
    for (let x = 0; x < 8; x += 1) {
      const left = thumb.data[y * 9 + x] ?? 0, right = thumb.data[y * 9 + x + 1] ?? 0;
      byte = (byte << 1) | (left > right ? 1 : 0);
    }
    hex += byte.toString(16).padStart(2, '0');
  }
  return hex;
}
