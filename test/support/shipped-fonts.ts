/**
 * THE one place anything the project draws for its tests and benches finds a
 * Chinese font: Noto Sans SC and Noto Serif SC (OFL), which ship inside the
 * registry packages @expo-google-fonts/noto-sans-sc and noto-serif-sc
 * (devDependencies: `npm install` brings them, nothing is downloaded). The
 * fonts on the machine are never used: a bare machine has none, and a test
 * that passes only where someone ran `apt-get install fonts-noto-cjk` fails the
 * first newcomer (issue 14, decision 001).
 *
 * Both renderers the project uses read fonts through fontconfig — librsvg
 * inside sharp (certificate fixtures) and Chromium (screenshots, canvas
 * photos) — so the helper writes a fontconfig file that lists only the
 * shipped font folders and hands it over explicitly: `FONTCONFIG_FILE` in this
 * process before sharp's first text, and in the environment of every Chromium
 * it launches. `.ci/run` points `FONTCONFIG_FILE` at an empty file, so any
 * drawing that forgets this helper shows no Chinese and fails its test.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The family names the shipped files declare (what SVG `font-family` and CSS name). */
export const shippedFamilies = { sans: 'Noto Sans SC', serif: 'Noto Serif SC' } as const;

/** Weights kept on the list: the fixtures and screens use regular and bold only. */
const weights = ['400Regular', '700Bold'];
const packages = ['@expo-google-fonts/noto-sans-sc', '@expo-google-fonts/noto-serif-sc'];

/** The folders holding the shipped .ttf files (throws in Chinese when `npm install` was not run). */
export function shippedFontDirs(): string[] {
  return packages.flatMap((name) => {
    let root: string;
    try {
      root = path.dirname(require.resolve(`${name}/package.json`));
    } catch {
      throw new Error(`找不到随项目安装的中文字体 ${name}：请先运行 npm install`);
    }
    return weights.map((w) => path.join(root, w));
  });
}

let configFile: string | null = null;

/**
 * Path of a fontconfig file listing only the shipped fonts (written once per
 * machine and content, under the temp folder, with its own cache folder).
 */
export function shippedFontConfig(): string {
  if (configFile) return configFile;
  const dirs = shippedFontDirs();
  const id = createHash('sha256').update(dirs.join('\n')).digest('hex').slice(0, 12);
  const folder = path.join(os.tmpdir(), `teacher-credits-fonts-${id}`);
  const file = path.join(folder, 'fonts.conf');
  const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    ...dirs.map((d) => `  <dir>${xml(d)}</dir>`),
    `  <cachedir>${xml(path.join(folder, 'cache'))}</cachedir>`,
    // Generic names (sans-serif, serif, system-ui) resolve to the shipped families, so CSS
    // that names no font still draws Chinese.
    ...(['sans-serif', 'system-ui'] as const).map((g) => `  <alias><family>${g}</family><prefer><family>${shippedFamilies.sans}</family></prefer></alias>`),
    `  <alias><family>serif</family><prefer><family>${shippedFamilies.serif}</family></prefer></alias>`,
    '</fontconfig>',
    '',
  ].join('\n');
  fs.mkdirSync(folder, { recursive: true });
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== body) {
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, body);
    fs.renameSync(temp, file); // atomic: parallel jest workers never read half a file
  }
  configFile = file;
  return file;
}

/**
 * Points this process's fontconfig at the shipped fonts. Call before the first
 * text sharp renders: fontconfig reads the variable once, at its first use.
 */
export function useShippedFonts(): void {
  process.env.FONTCONFIG_FILE = shippedFontConfig();
}

/** Environment for a child renderer (Chromium): the shipped fonts, nothing from the machine. */
export function shippedFontEnv(): Record<string, string> {
  return { FONTCONFIG_FILE: shippedFontConfig() };
}
