import fc from 'fast-check';
import { contrastStretch, lumaRange, type Grey } from './image-analysis';

/** A grey image holding exactly these levels, in order. */
const greyOf = (levels: number[]): Grey => ({ data: Uint8Array.from(levels), width: levels.length, height: 1 });
/** 100 pixels: `ink` dark ones at `dark`, the rest paper at `paper`, plus one speck of each extreme. */
const page = (dark: number, paper: number, ink = 20): Grey =>
  greyOf([0, 255, ...Array.from({ length: 98 }, (_, i) => (i < ink ? dark : paper))]);

describe('lumaRange', () => {
  it('skips the darkest and brightest 1 % (specks), keeping ink and paper', () => {
    expect(lumaRange(page(40, 120))).toEqual({ low: 40, high: 120 });
    expect(lumaRange(page(10, 240))).toEqual({ low: 10, high: 240 });
  });

  it('always gives low ≤ high within the levels present', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 400 }), (levels) => {
      const { low, high } = lumaRange(greyOf(levels));
      expect(low).toBeLessThanOrEqual(high);
      expect(low).toBeGreaterThanOrEqual(Math.min(...levels));
      expect(high).toBeLessThanOrEqual(Math.max(...levels));
    }));
  });
});

describe('contrastStretch', () => {
  it('leaves a page of normal contrast alone', () => {
    expect(contrastStretch(page(10, 240))).toBeNull();
    expect(contrastStretch(page(30, 200))).toBeNull(); // exactly 170 levels apart
  });

  it('stretches a dim page so its paper comes out near white and its ink black', () => {
    const s = contrastStretch(page(40, 140))!; // 100 levels apart → gain 2.55
    expect(s.gain).toBeCloseTo(2.55, 5);
    expect(40 * s.gain + s.offset).toBeCloseTo(0, 5);
    expect(140 * s.gain + s.offset).toBeCloseTo(255, 5);
  });

  it('never amplifies more than threefold, so a nearly flat photo does not turn into noise', () => {
    const s = contrastStretch(page(60, 80))!;
    expect(s.gain).toBe(3);
    expect(60 * s.gain + s.offset).toBe(0);
  });

  it('keeps the order of grey levels (darker stays darker) whenever it stretches', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 169 }), fc.integer({ min: 0, max: 254 }), (dark, apart, v) => {
      const s = contrastStretch(page(dark, Math.min(255, dark + apart)));
      if (!s) return;
      expect(s.gain).toBeGreaterThan(0);
      expect((v + 1) * s.gain + s.offset).toBeGreaterThan(v * s.gain + s.offset);
    }));
  });
});
