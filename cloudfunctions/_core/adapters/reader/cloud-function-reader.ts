import type { CloudBase } from '@cloudbase/node-sdk';
import {
  ReaderError, readerUnavailable, withReadDeadline, type CertificateReader, type ImageReading, type ReaderErrorCode,
} from '../../ports/certificate-reader';

const readerCodes: ReaderErrorCode[] = ['BAD_IMAGE', 'TOO_DARK', 'NOT_A_CERTIFICATE', 'READ_TIMEOUT', 'READER_UNAVAILABLE'];

/**
 * How the `records` function reads in CloudBase: it calls the `reader` cloud
 * function (the OCR engine needs ~1 GB and native packages, so it lives in its
 * own function with its own memory) with the stored file's id. Server to
 * server: the reader function refuses calls that carry a mini-program user.
 */
export class CloudFunctionReader implements CertificateReader {
  readonly engine = 'cloud-reader';
  constructor(private readonly app: CloudBase, private readonly name = 'reader') {}

  async read({ fileId }: { fileId: string }, { timeoutMs }: { timeoutMs: number }): Promise<ImageReading> {
    return withReadDeadline(this.app.callFunction({ name: this.name, data: { fileId, timeoutMs } }).then((res) => {
      const out = res.result as { ok: boolean; data?: ImageReading; error?: { code: string; message: string } };
      if (out?.ok && out.data) return out.data;
      const code = readerCodes.find((c) => c === out?.error?.code);
      throw code && out?.error?.message ? new ReaderError(code, out.error.message) : readerUnavailable();
    }), timeoutMs);
  }

  async close(): Promise<void> { /* nothing held */ }
}
