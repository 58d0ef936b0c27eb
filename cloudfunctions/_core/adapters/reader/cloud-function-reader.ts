import type { CloudBase } from '@cloudbase/node-sdk';
import type { OcrLine } from '../../../../shared/schemas/certificate-reading';
import { ReaderError, type CertificateReader, type ImageReading, type ReaderErrorCode } from '../../ports/certificate-reader';

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
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ReaderError('READ_TIMEOUT', '识别超时，请直接填写（可稍后再试）')), timeoutMs);
    });
    try {
      const res = await Promise.race([this.app.callFunction({ name: this.name, data: { fileId, timeoutMs } }), timeout]);
      const out = res.result as { ok: boolean; data?: { lines: OcrLine[]; width: number; height: number; dhash: string; ms: number }; error?: { code: string; message: string } };
      if (out?.ok && out.data) return out.data;
      const code = readerCodes.find((c) => c === out?.error?.code) ?? 'READER_UNAVAILABLE';
      throw new ReaderError(code, out?.error?.message ?? '识别服务暂时不可用，请直接填写');
    } catch (err) {
      if (err instanceof ReaderError) throw err;
      throw new ReaderError('READER_UNAVAILABLE', '识别服务暂时不可用，请直接填写');
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> { /* nothing held */ }
}
