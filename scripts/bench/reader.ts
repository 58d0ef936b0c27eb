/**
 * npm run bench:reader — generates synthetic certificate photos (4 templates,
 * 4000×3000, rotation, perspective, blur, noise, uneven light, red seal,
 * some EXIF-rotated), takes each through the upload check exactly as a
 * teacher's photo is stored (≤ 1600 px JPEG; timed apart: it happens while
 * she uploads), then reads the stored photo as `records.read-certificate`
 * does (normalise → OCR in the child process → shared extraction), and prints
 * per-field exact-match, how many wrong fields were flagged uncertain, ms per
 * image (p50/p95) and peak memory.
 *
 *   npm run bench:reader -- --count 32 --threads 1
 *
 * The photos are generated once (in a separate process, so the reader's memory
 * is measured alone) into the temp folder and reused; delete it to regenerate.
 *
 *   npm run bench:reader -- --hard
 *
 * reads the hard set instead (other certificates, each photo with two to four
 * of: strong blur, camera shake, heavy grain, dim light near TOO_DARK, strong
 * JPEG, a heavier seal over the text, a 1280×960 phone, smaller print): it is
 * there to measure whether the fields read wrong are the ones flagged 请核对.
 * A photo the reader refuses (TOO_DARK…) counts all its fields as missing.
 */
import fs from 'node:fs';
import os from 'node:os';
import { extractFields } from '../../shared/certificate';
import type { CertificateFields } from '../../shared/schemas/certificate-reading';
import { PaddleReader } from '../../cloudfunctions/_core/adapters/reader/paddle-reader';
import { ReaderError } from '../../cloudfunctions/_core/ports/certificate-reader';
import { createSharpImageNormalizer } from '../../cloudfunctions/_core/adapters/sharp/sharp-image-normalizer';
import type { CertificateTruth } from './reader/certificate-templates';
import { loadPhotoSet, photoSetDir, type PhotoEntry } from './reader/photo-set';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? (args[i + 1] ?? fallback) : fallback; };
const count = Number(arg('count', '32'));
const profile = args.includes('--hard') ? 'hard' : 'standard';
const threads = Number(arg('threads', process.env.READER_THREADS ?? String(Math.min(2, os.cpus().length))));
const fields = ['title', 'organizer', 'startDate', 'endDate', 'hours', 'certificateNo', 'teacherName', 'result', 'level', 'form'] as const;

function vmHwmMb(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch { return 0; }
}
const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);
const quantile = (xs: number[], q: number) => { const s = xs.slice().sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0; };

/** The photo's effects in a few words, so a miss can be traced to what made it hard. */
function describe(e: PhotoEntry['effects']): string {
  if (!e.hardships) return `blur ${e.blur.toFixed(1)}, noise ${e.noise.toFixed(0)}`;
  const detail: Record<string, string> = {
    blur: `blur σ${e.blur}`, shake: `shake ${e.motion?.length ?? 0}px`, grain: `grain ±${e.noise.toFixed(0)}`, dim: `dim (mean ${e.meanLuma?.toFixed(0)})`,
    jpeg: `JPEG q${e.jpegQuality}`, seal: 'heavy seal', 'old-phone': `${e.width}×${e.height}`, far: `far (card ${Math.round((e.cardShare ?? 0) * 100)} %, print ×${e.fontScale})`,
  };
  return `[${e.hardships.map((h) => detail[h]).join(', ')}]`;
}

function valueOf(read: CertificateFields, field: (typeof fields)[number]): unknown {
  return read[field]?.value;
}

async function main(): Promise<void> {
  console.log(`reader bench: ${profile} set, ${count} photos, ${threads} ONNX thread(s), ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const { entries: set, generatedMs } = await loadPhotoSet(count, profile);
  console.log(`photos: ${photoSetDir(count, profile)} (${(generatedMs / 1000).toFixed(1)} s to generate or load, not counted)`);
  let t = Date.now();
  const reader = new PaddleReader({ threads, idleMs: 0 });
  t = Date.now();
  await reader.warmUp();
  const warm = Date.now() - t;
  let parentPeak = process.memoryUsage().rss;
  const sampler = setInterval(() => { parentPeak = Math.max(parentPeak, process.memoryUsage().rss); }, 20);
  const times: number[] = [];
  const uploadTimes: number[] = [];
  const cpuTimes: number[] = [];
  const uploads = createSharpImageNormalizer();
  const tally = Object.fromEntries(fields.map((f) => [f, { total: 0, exact: 0, wrong: 0, wrongFlagged: 0, missing: 0, falseAlarm: 0 }]));
  const failures: string[] = [];
  const refused: string[] = [];
  const fewFields: string[] = [];
  for (const c of set) {
    const original = fs.readFileSync(c.file);
    const upload = Date.now();
    const stored = await uploads.normalize(original, 'jpeg');
    if (!stored.ok) throw new Error(`upload check refused ${c.file}: ${stored.refusal.reason}`);
    uploadTimes.push(Date.now() - upload);
    const bytes = stored.image.bytes;
    const started = Date.now();
    const cpu = process.cpuUsage();
    const image = await reader.read({ bytes, fileId: c.file }, { timeoutMs: 60_000 }).catch((err: unknown) => {
      // A refused photo: the teacher is told why and types everything herself (no field offered as sure).
      if (err instanceof ReaderError && err.code !== 'READER_UNAVAILABLE') { refused.push(`#${c.index} ${c.template} ${err.code} ${describe(c.effects)}`); return undefined; }
      throw err;
    });
    const { fields: read, warnings } = image ? extractFields(image.lines, { expectedName: c.truth.teacherName }) : { fields: {} as CertificateFields, warnings: [] };
    if (warnings.some((w) => w.code === 'FEW_FIELDS')) fewFields.push(`#${c.index}`);
    times.push(Date.now() - started);
    const own = process.cpuUsage(cpu);
    cpuTimes.push(Math.round((own.user + own.system) / 1000 + reader.lastChildCpuMs));
    for (const f of fields) {
      const expected = (c.truth as CertificateTruth)[f];
      if (expected === undefined) continue;
      const row = tally[f]!;
      row.total += 1;
      const got = valueOf(read, f);
      const uncertain = read[f]?.uncertain ?? true;
      if (got === expected) { row.exact += 1; if (uncertain) row.falseAlarm += 1; continue; }
      if (got === undefined) row.missing += 1; else { row.wrong += 1; if (uncertain) row.wrongFlagged += 1; }
      const why = read[f]?.confidence === undefined ? '' : ` confidence ${read[f]?.confidence}`;
      failures.push(`#${c.index} ${c.template} ${f}: expected ${JSON.stringify(expected)}, read ${JSON.stringify(got)}${got === undefined ? '' : uncertain ? ` (flagged,${why})` : ` (NOT flagged,${why})`} — ${describe(c.effects)}`);
    }
  }
  clearInterval(sampler);
  const childPeak = vmHwmMb(reader.childPid);
  await reader.close();
  const sum = (k: 'total' | 'exact' | 'wrong' | 'wrongFlagged' | 'missing' | 'falseAlarm') => fields.reduce((n, f) => n + tally[f]![k], 0);
  console.log('\nfield          exact      wrong(flagged)  missing  correct-but-flagged');
  for (const f of fields) {
    const r = tally[f]!;
    console.log(`${f.padEnd(14)} ${pct(r.exact, r.total).padStart(8)}   ${String(r.wrong).padStart(3)} (${r.wrongFlagged})       ${String(r.missing).padStart(3)}      ${r.falseAlarm}`);
  }
  const notExact = sum('total') - sum('exact');
  console.log(`\nall fields: ${pct(sum('exact'), sum('total'))} exact (${sum('exact')}/${sum('total')})`);
  console.log(`wrong or missing fields flagged or left empty: wrong values flagged ${sum('wrongFlagged')}/${sum('wrong')}, missing ${sum('missing')} → ${pct(sum('wrongFlagged') + sum('missing'), notExact)} of non-exact fields not offered as sure`);
  console.log(`correct fields flagged uncertain (false alarms): ${sum('falseAlarm')}/${sum('exact')}`);
  if (fewFields.length) console.log(`photos that read fewer than 3 fields (teacher told 「能读出的内容很少」, types them): ${fewFields.length} (${fewFields.join(' ')})`);
  console.log(`ms per image, upload check of the ${profile === 'hard' ? 'original (4000×3000, old phones 1280×960)' : '4000×3000 original'} (while she uploads, before any reading): p50 ${quantile(uploadTimes, 0.5)}  p95 ${quantile(uploadTimes, 0.95)}`);
  console.log(`ms per image, wall, reading the stored photo (normalise + OCR + extract): p50 ${quantile(times, 0.5)}  p95 ${quantile(times, 0.95)}  max ${Math.max(...times)}  (model warm-up ${warm} ms, once)`);
  // The budget is 1 s a photo on two cores. A shared box can run everything 30 % slower for an hour, so the
  // reading is also stated against the upload check timed on the same photos in the same run: a ratio that
  // rises is the reader's own regression, a ratio that holds while both times rise is the box.
  const readP95 = quantile(times, 0.95), uploadP95 = quantile(uploadTimes, 0.95);
  console.log(`reading p95 ${readP95} ms (budget ≤ 1000 ms: ${readP95 <= 1000 ? 'met' : 'NOT met'}) = ${(readP95 / Math.max(1, uploadP95)).toFixed(2)} × the upload check's p95 (${uploadP95} ms) in this run`);
  console.log(`ms per image, CPU time (server + reader child): p50 ${quantile(cpuTimes, 0.5)}  p95 ${quantile(cpuTimes, 0.95)}  — summed over threads; wall time above includes waiting for cores others use (load ${os.loadavg()[0]?.toFixed(1)})`);
  const serverPeak = Math.max(parentPeak / 1048576, vmHwmMb(process.pid));
  console.log(`peak memory: reader child ${childPeak.toFixed(0)} MB + server process ${serverPeak.toFixed(0)} MB = ${(childPeak + serverPeak).toFixed(0)} MB`);
  if (refused.length) console.log(`\nphotos refused (all their fields counted missing): ${refused.length}\n  ${refused.join('\n  ')}`);
  if (failures.length) console.log(`\nnot exact:\n  ${failures.join('\n  ')}`);
}

main().catch((err) => { console.error(err); process.exit(1); });
