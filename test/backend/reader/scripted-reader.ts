import { createHash } from 'node:crypto';
import type { OcrLine } from '../../../shared/schemas/certificate-reading';
import type { CertificateReader, ImageReading } from '../../../cloudfunctions/_core/ports/certificate-reader';

/** The lines a scripted reader answers by default: a tidy 培训证书. */
export const scriptedLines: OcrLine[] = [
  '培训证书', '姓名：赵磊', '培训项目：班主任工作能力提升培训', '培训时间：2026.10.08-2026.10.12',
  '培训学时：24学时', '考核等次：优秀', '主办单位：通榆县教师进修学校', '证书编号：TYJX-2026-0815',
].map((text, i) => ({ text, confidence: 0.98, box: [40, 40 * i + 10, 600, 40 * i + 40] as [number, number, number, number] }));

/** Options of a scripted reader (test double of the CertificateReader port). */
export interface ScriptedReaderOptions {
  lines?: OcrLine[];
  /** Milliseconds each read takes. */
  delayMs?: number;
}

/**
 * A CertificateReader for HTTP tests: answers fixed lines after an optional
 * delay, honours the timeout like the real adapter, derives the dHash from the
 * bytes, and records how many reads overlapped (the real one reads one at a time).
 */
export function scriptedReader(options: ScriptedReaderOptions = {}): CertificateReader & { reads: number; maxInFlight: number } {
  let inFlight = 0;
  const state = {
    engine: 'scripted',
    reads: 0,
    maxInFlight: 0,
    async read({ bytes }: { bytes: Buffer; fileId?: string }, { timeoutMs }: { timeoutMs: number }): Promise<ImageReading> {
      state.reads += 1;
      inFlight += 1;
      state.maxInFlight = Math.max(state.maxInFlight, inFlight);
      try {
        const delay = options.delayMs ?? 0;
        if (delay > timeoutMs) {
          await new Promise((r) => setTimeout(r, timeoutMs));
          const { ReaderError } = await import('../../../cloudfunctions/_core/ports/certificate-reader');
          throw new ReaderError('READ_TIMEOUT', '识别超时，请直接填写（可稍后再试）');
        }
        if (delay > 0) await new Promise((r) => setTimeout(r, delay));
        return { lines: options.lines ?? scriptedLines, width: 640, height: 400, dhash: createHash('sha256').update(bytes).digest('hex').slice(0, 16), ms: delay };
      } finally {
        inFlight -= 1;
      }
    },
    async close() { /* nothing to stop */ },
  };
  return state;
}
