import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CertificateTruth } from './certificate-templates';
import { generateCertificate } from './generate-set';
import type { PhotoEffects, PhotoProfile } from './render-certificate';

/** One photo of the set on disk, with what it says. */
export interface PhotoEntry { index: number; template: string; file: string; truth: CertificateTruth; effects: PhotoEffects }

/** Bump a set's version when its templates or effects change so stale caches are not reused. */
const setVersion: Record<PhotoProfile, number> = { standard: 3, hard: 2 }; // 3 / 2: drawn in the shipped fonts (issue 14)

/** Folder of the cached set (temp dir; never committed); each profile has its own. */
export function photoSetDir(count: number, profile: PhotoProfile = 'standard'): string {
  const name = profile === 'standard' ? 'reader-set' : `reader-${profile}-set`;
  return path.join(os.tmpdir(), `teacher-credits-${name}-v${setVersion[profile]}-${count}`);
}

/** Writes `count` photos and truth.json into `dir`. Run in its own process so the reader's memory is measured alone. */
export async function writePhotoSet(dir: string, count: number, profile: PhotoProfile = 'standard'): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  const entries: PhotoEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    const c = await generateCertificate(i, undefined, profile);
    const file = path.join(dir, `${String(i).padStart(3, '0')}-${c.template}.jpg`);
    fs.writeFileSync(file, c.jpeg);
    entries.push({ index: i, template: c.template, file, truth: c.truth, effects: c.effects });
  }
  fs.writeFileSync(path.join(dir, 'truth.json'), JSON.stringify(entries, null, 2));
}

/** The set, generated in a child process the first time. */
export async function loadPhotoSet(count: number, profile: PhotoProfile = 'standard'): Promise<{ entries: PhotoEntry[]; generatedMs: number }> {
  const dir = photoSetDir(count, profile);
  const truth = path.join(dir, 'truth.json');
  const started = Date.now();
  if (!fs.existsSync(truth)) {
    await new Promise<void>((resolve, reject) => {
      const child = fork(__filename, ['--write', dir, String(count), profile], { stdio: 'inherit', execArgv: process.execArgv });
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`generator exited with ${code}`))));
    });
  }
  return { entries: JSON.parse(fs.readFileSync(truth, 'utf8')) as PhotoEntry[], generatedMs: Date.now() - started };
}

if (process.argv[2] === '--write') {
  writePhotoSet(process.argv[3] ?? '', Number(process.argv[4]), process.argv[5] === 'hard' ? 'hard' : 'standard').catch((err) => { console.error(err); process.exit(1); });
}
