import type { OcrLine } from '../../../../shared/schemas/certificate-reading';
import { readerUnavailable, withReadDeadline, type CertificateReader, type ImageReading } from '../../ports/certificate-reader';
import { normaliseForReading } from './normalise-image';

/** The slice of wx-server-sdk's `cloud.openapi.ocr.printedText` this adapter uses. */
export type PrintedTextApi = (request: { type: 'photo'; img: { contentType: string; value: Buffer } }) => Promise<{
  errCode?: number;
  items?: Array<{ text: string; pos?: { leftTop: { x: number; y: number }; rightBottom: { x: number; y: number } } }>;
}>;

/**
 * Alternative adapter: WeChat's printed-text OCR (openapi permission
 * `ocr.printedText` in the reader function's config.json). Same normalisation
 * first (the API takes images under 2 MB; the 1024 px JPEG is ~150 KB). The API
 * gives no per-line confidence, so every line gets 0.9: fields are offered
 * but the rules' own doubts still flag them (docs/reader.md).
 */
export class WechatOcrReader implements CertificateReader {
  readonly engine = 'wechat-printed-text';
  constructor(private readonly printedText: PrintedTextApi) {}

  async read({ bytes }: { bytes: Buffer }, { timeoutMs }: { timeoutMs: number }): Promise<ImageReading> {
    const started = Date.now();
    const page = await normaliseForReading(bytes);
    const answer = await withReadDeadline(this.printedText({ type: 'photo', img: { contentType: 'image/jpeg', value: page.data } }), timeoutMs - (Date.now() - started));
    if (answer.errCode) throw readerUnavailable();
    const lines: OcrLine[] = (answer.items ?? []).map((item) => ({
      text: item.text,
      confidence: 0.9,
      box: item.pos ? [item.pos.leftTop.x, item.pos.leftTop.y, item.pos.rightBottom.x, item.pos.rightBottom.y] : [0, 0, 0, 0],
    }));
    return { lines, width: page.width, height: page.height, dhash: page.dhash, ms: Date.now() - started };
  }

  async close(): Promise<void> { /* nothing held */ }
}
