/**
 * What happens to a certificate between the printer and the server: the
 * standard set's mild phone-photo effects, and the hard set's harsher ones
 * (each hard photo suffers two to four of: strong blur, camera shake, heavy
 * grain, dim light near the TOO_DARK threshold, strong JPEG compression, a
 * bigger and darker seal over the text, an old 1280×960 phone, a card shot
 * from further away with a smaller print).
 */
import { shippedFamilies } from '../../../test/support/shipped-fonts';
import { seeded } from './certificate-templates';

/** Which photo set: the standard one (the accuracy target) or the hard one (does flagging catch the errors?). */
export type PhotoProfile = 'standard' | 'hard';

/** The seal as stamped: offset from the template's spot (card units), radius and ink opacity. */
export interface SealStamp { dx: number; dy: number; radius: number; opacity: number }

/** Photo effects applied to one image (recorded with the image for the report). */
export interface PhotoEffects {
  rotateDeg: number; blur: number; noise: number; light: number; perspective: number; exifRotated: boolean; font: string;
  /** Hard set only: the harsh conditions this photo got, by name (for the report). */
  hardships?: Hardship[];
  /** Photo size as displayed (4000×3000 unless an old phone). */
  width?: number; height?: number;
  /** Share of the frame's width the card fills (0.86 normally; less when shot from further away). */
  cardShare?: number;
  /** Print size relative to the template's. */
  fontScale?: number;
  /** Camera shake: length of the smear in pixels of the photo, and its direction. */
  motion?: { length: number; vertical: boolean };
  /** Dim light: the mean brightness the photo is exposed to (the reader refuses below 45). */
  meanLuma?: number;
  jpegQuality?: number;
  seal?: SealStamp;
}

/** The harsh conditions a hard photo can get. */
export type Hardship = 'blur' | 'shake' | 'grain' | 'dim' | 'jpeg' | 'seal' | 'old-phone' | 'far';
const hardships: readonly Hardship[] = ['blur', 'shake', 'grain', 'dim', 'jpeg', 'seal', 'old-phone', 'far'];

/** The standard set's effects, drawn in the order the set has always used (same pictures as before). */
export function standardEffects(rand: () => number): PhotoEffects {
  return {
    rotateDeg: Math.round((rand() * 10 - 5) * 10) / 10,
    blur: rand() < 0.4 ? 0.6 + rand() * 1.4 : 0,
    noise: 4 + rand() * 10,
    light: 0.15 + rand() * 0.3,
    perspective: rand() * 0.05,
    exifRotated: rand() < 0.3,
    font: rand() < 0.6 ? shippedFamilies.sans : shippedFamilies.serif,
  };
}

/**
 * The i-th hard photo's effects: the standard draws as a base, then two to
 * four hardships. Blur and shake are sized in pixels of the 1024 px page the
 * OCR reads, so they hurt the same whatever the photo's resolution.
 */
export function hardEffects(index: number): PhotoEffects {
  const rand = seeded(7000 + index);
  const base = standardEffects(rand);
  const wanted = 2 + Math.floor(rand() * 3);
  const chosen = new Set<Hardship>();
  while (chosen.size < wanted) chosen.add(hardships[Math.floor(rand() * hardships.length)] as Hardship);
  const has = (h: Hardship) => chosen.has(h);
  const width = has('old-phone') ? 1280 : 4000, height = (width * 3) / 4;
  const cardShare = has('far') ? 0.62 + rand() * 0.1 : 0.86;
  // Photo pixels per pixel of the page the OCR reads (the card cropped and shrunk to 1024 px).
  const pagePx = (width * cardShare) / 1024;
  const effects: PhotoEffects = {
    ...base,
    hardships: hardships.filter(has),
    width, height, cardShare,
    blur: has('blur') ? Math.round((1.0 + rand() * 0.8) * pagePx * 10) / 10 : base.blur,
    noise: has('grain') ? 18 + rand() * 14 : base.noise,
    fontScale: has('far') ? 0.8 : 1,
    jpegQuality: has('jpeg') ? 30 + Math.floor(rand() * 20) : 88,
  };
  if (has('shake')) effects.motion = { length: Math.max(3, Math.round((2.5 + rand() * 3) * pagePx)), vertical: rand() < 0.4 };
  if (has('dim')) effects.meanLuma = 52 + rand() * 12;
  if (has('seal')) effects.seal = { dx: -120 - rand() * 120, dy: -40 + rand() * 60, radius: 185 + rand() * 20, opacity: 0.85 + rand() * 0.08 };
  return effects;
}
