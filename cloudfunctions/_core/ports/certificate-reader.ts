import type { OcrLine } from '../../../shared/schemas/certificate-reading';

/**
 * The certificate reader port: stored image bytes → text lines with boxes and
 * confidences (fields are extracted from the lines by the shared, pure
 * shared/certificate code). Adapters normalise the image themselves (EXIF,
 * crop, deskew, resize) because what helps depends on the engine.
 * Adapters: local PaddleOCR in a child process (adapters/reader/paddle-reader.ts),
 * WeChat's printed-text OCR (adapters/reader/wechat-ocr-reader.ts).
 */
export interface CertificateReader {
  /**
   * Reads one image: its stored bytes, and its file-store id for adapters that
   * fetch it themselves (the CloudBase reader function). Rejects with
   * ReaderError; never hangs past `timeoutMs`.
   */
  read(image: { bytes: Buffer; fileId: string }, options: { timeoutMs: number }): Promise<ImageReading>;
  /** Stops background work (the local engine's child process). Safe to call twice. */
  close(): Promise<void>;
  /** Name stored with each reading ("paddle-ppocrv4", "wechat-printed-text"). */
  readonly engine: string;
}

/** What an adapter read from one image. */
export interface ImageReading {
  lines: OcrLine[];
  /** Size of the normalised image the boxes refer to. */
  width: number;
  height: number;
  /** 64-bit difference hash of the normalised page, 16 hex digits (near-duplicate hint only). */
  dhash: string;
  /** Milliseconds spent, normalising included. */
  ms: number;
}

export type ReaderErrorCode = 'BAD_IMAGE' | 'TOO_DARK' | 'NOT_A_CERTIFICATE' | 'READ_TIMEOUT' | 'READER_UNAVAILABLE';

/** A reading that could not be done, with a Chinese message the teacher can act on. */
export class ReaderError extends Error {
  constructor(readonly code: ReaderErrorCode, message: string) {
    super(message);
    this.name = 'ReaderError';
  }
}

/** The reading took longer than allowed: she types as usual, and may try again later. */
export const readTimedOut = (): ReaderError => new ReaderError('READ_TIMEOUT', '识别超时，请直接填写（可稍后再试）');

/** The engine failed or could not be reached. */
export const readerUnavailable = (): ReaderError => new ReaderError('READER_UNAVAILABLE', '识别服务暂时不可用，请直接填写');

/**
 * Runs an adapter's reading against its deadline: READ_TIMEOUT when `ms` pass
 * first; any failure that is not already a ReaderError becomes READER_UNAVAILABLE
 * (an engine's own error text never reaches the teacher).
 */
export async function withReadDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(readTimedOut()), Math.max(1, ms)); });
  try {
    return await Promise.race([work, timeout]);
  } catch (err) {
    throw err instanceof ReaderError ? err : readerUnavailable();
  } finally {
    clearTimeout(timer);
  }
}
