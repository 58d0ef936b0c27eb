/**
 * The fonts the project ships are the ones its renderers draw with (issue 14):
 * the fontconfig file names only the shipped folders, and both renderers the
 * tests use — librsvg inside sharp (certificate fixtures) and Chromium
 * (screenshots, canvas photos) — draw Noto Sans SC and Noto Serif SC as two
 * different faces. Where neither family can be found both names fall back to
 * the same face (or to empty boxes), so the two drawings come out identical and
 * these tests fail: that is what `.ci/run`, which hides the machine's fonts,
 * would show for a renderer the helper was not handed to.
 */
import fs from 'node:fs';
import sharp from 'sharp';
import { launchChromium } from '../../support/chromium';
import { shippedFamilies, shippedFontConfig, shippedFontDirs } from '../../support/shipped-fonts';

jest.setTimeout(120_000);

const sample = '结业证书培训学时';

/** How many of the two greyscale drawings' pixels differ by more than a quarter of the range. */
function differingShare(a: Buffer, b: Buffer): number {
  let n = 0;
  for (let i = 0; i < a.length; i += 1) if (Math.abs((a[i] ?? 0) - (b[i] ?? 0)) > 64) n += 1;
  return n / a.length;
}

/** Share of dark pixels: text was drawn at all. */
const inkShare = (g: Buffer) => g.filter((v) => v < 128).length / g.length;

describe('the shipped Chinese fonts', () => {
  it('are the only folders in the fontconfig file, each holding its .ttf', () => {
    const conf = fs.readFileSync(shippedFontConfig(), 'utf8');
    const dirs = [...conf.matchAll(/<dir>([^<]+)<\/dir>/g)].map((m) => m[1]);
    expect(dirs).toEqual(shippedFontDirs());
    expect(dirs).toHaveLength(4);
    for (const dir of dirs) expect(fs.readdirSync(dir!).some((f) => f.endsWith('.ttf'))).toBe(true);
    expect(process.env.FONTCONFIG_FILE).toBe(shippedFontConfig()); // jest's global setup handed it over
  });

  it('draw through librsvg (sharp) as two different faces', async () => {
    const draw = async (family: string) => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="100"><rect width="640" height="100" fill="#fff"/><text x="10" y="75" font-size="64" font-family="${family}">${sample}</text></svg>`;
      return sharp(Buffer.from(svg)).greyscale().raw().toBuffer();
    };
    const [sans, serif] = [await draw(shippedFamilies.sans), await draw(shippedFamilies.serif)];
    expect(inkShare(sans)).toBeGreaterThan(0.05);
    expect(differingShare(sans, serif)).toBeGreaterThan(0.03);
  });

  it('draw through Chromium as two different faces, CSS naming only the families', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 640, height: 200 } });
      await page.setContent(`<body style="margin:0;background:#fff">${[shippedFamilies.sans, shippedFamilies.serif].map((f) => `<div style="font:64px '${f}';height:100px;line-height:100px">${sample}</div>`).join('')}</body>`);
      const shot = await page.screenshot();
      const grey = (top: number) => sharp(shot).extract({ left: 0, top, width: 640, height: 100 }).greyscale().raw().toBuffer();
      const [sans, serif] = [await grey(0), await grey(100)];
      expect(inkShare(sans)).toBeGreaterThan(0.05);
      expect(differingShare(sans, serif)).toBeGreaterThan(0.03);
    } finally {
      await browser.close();
    }
  });
});
