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
