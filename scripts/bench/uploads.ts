/**
 * `npm run bench:uploads`: what inspecting one certificate costs. Prints, for a
 * phone-like 4000×3000 photo and a few refusals, the bytes received and
 * stored and the median time of the real inspection (sharp decode + resize +
 * JPEG re-encode, or the PDF structural check). Figures only, no pass/fail.
 */
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { createSharpImageNormalizer } from '../../cloudfunctions/_core/adapters/sharp/sharp-image-normalizer';
import type { Deps } from '../../cloudfunctions/_core/deps';
import { inspectUpload } from '../../cloudfunctions/_core/use-cases/support/inspect-upload';
import { craftPdf, pdfStream, pngClaiming } from '../../test/backend/uploads/craft-files';

const deps = { images: createSharpImageNormalizer() } as unknown as Deps;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

async function time(label: string, bytes: Buffer, runs = 5): Promise<void> {
  const ms: number[] = [];
  let outcome = '';
  for (let i = 0; i < runs; i += 1) {
    const t = process.hrtime.bigint();
    outcome = await inspectUpload(deps, bytes).then((f) => `存储 ${kb(f.bytes.length)}${f.width ? `，${f.width}×${f.height}` : ''}${f.pages ? `，${f.pages} 页` : ''}`, (e: { code: string }) => `拒绝 ${e.code}`);
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label.padEnd(34)} 收到 ${kb(bytes.length).padStart(8)}  → ${outcome.padEnd(26)} 中位 ${ms[Math.floor(ms.length / 2)]?.toFixed(0)} ms（最慢 ${ms.at(-1)?.toFixed(0)} ms）`);
}

async function main(): Promise<void> {
  const paper = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#f3ead7', noise: { type: 'gaussian', mean: 200, sigma: 12 } } })
    .blur(1.2).jpeg({ quality: 88 }).withMetadata({ orientation: 6 }).toBuffer();
  console.log(`上传检查基准（sharp ${sharp.versions.sharp}，libvips ${sharp.versions.vips}，线程 ${sharp.concurrency()}）`);
  await time('4000×3000 手机照片（EXIF 旋转 + ICC）', paper);
  await time('4000×3000 手机照片（无色彩配置）', await sharp(paper).rotate().withMetadata({ orientation: 1 }).jpeg({ quality: 88 }).toBuffer().then((b) => sharp(b).keepExif().toBuffer()));
  await time('1600×1200 已在手机上压缩的照片', await sharp(paper).rotate().resize(1600).jpeg({ quality: 80 }).toBuffer());
  await time('PNG 头声称 20000×20000', pngClaiming(20000, 20000));
  await time('3 字节 FF D8 FF', Buffer.from([0xff, 0xd8, 0xff]));
  const scan = deflateSync(Buffer.alloc(4 * 1024 * 1024, 0x41)).length; // a scanned page's image stream, roughly
  await time('PDF 一页（含 ~4.5 MB 图像流）', craftPdf({ rawObjects: [pdfStream('/Type /XObject /Subtype /Image /Filter /DCTDecode', Buffer.alloc(4.5 * 1024 * 1024 - scan, 0x33))] }));
  await time('PDF 带 /JavaScript', craftPdf({ catalog: '/OpenAction 4 0 R', objects: ['<< /S /JavaScript /JS (app.alert(1)) >>'] }));
}

main().catch((err: unknown) => { console.error(err); process.exit(1); });
