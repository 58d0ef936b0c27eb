/**
 * CloudBase entry of the `reader` cloud function: the OCR engine in its own
 * function (memory set in cloudbaserc.json; docs/deploy.md 「证书识别」). Called
 * only by the `records` function (CloudFunctionReader) with a stored file's id;
 * a call from the mini-program (a user OPENID in the context) is refused.
 * READER_ENGINE=wechat uses WeChat's printed-text OCR instead of PaddleOCR.
 */
import path from 'node:path';
import { init, SYMBOL_CURRENT_ENV, type CloudBase, type IContextParam } from '@cloudbase/node-sdk';
import type { FileStore } from '../_core/ports/file-store';
import { PaddleReader } from '../_core/adapters/reader/paddle-reader';
import { WechatOcrReader, type PrintedTextApi } from '../_core/adapters/reader/wechat-ocr-reader';
import { createCloudbaseFileStore } from '../_core/adapters/cloudbase/cloudbase-file-store';
import { createCloudbaseIdentity } from '../_core/adapters/cloudbase/cloudbase-identity';
import { ReaderError, readerUnavailable, type CertificateReader } from '../_core/ports/certificate-reader';

let reader: CertificateReader | undefined;
let platform: { app: CloudBase; files: FileStore } | undefined;

/** The SDK and file store, made on first call (warm starts reuse them). */
function cloud() {
  if (!platform) { const app = init({ env: SYMBOL_CURRENT_ENV }); platform = { app, files: createCloudbaseFileStore({ app }) }; }
  return platform;
}

function engine(): CertificateReader {
  if (!reader) {
    if (process.env.READER_ENGINE === 'wechat') {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- provided by the platform install (package.json of this function)
      const cloud = require('wx-server-sdk') as { init(o: unknown): void; DYNAMIC_CURRENT_ENV: unknown; openapi: { ocr: { printedText: PrintedTextApi } } };
      cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
      reader = new WechatOcrReader((req) => cloud.openapi.ocr.printedText(req));
    } else {
      reader = new PaddleReader({ workerPath: path.join(__dirname, 'paddle-worker.mjs'), threads: 2, maxRssMb: 1400, idleMs: 0 });
    }
  }
  return reader;
}

export async function main(event: { fileId?: unknown; timeoutMs?: unknown }, context: IContextParam) {
  const { app, files } = cloud();
  if (createCloudbaseIdentity({ app, context }).openid()) {
    return { ok: false, error: { code: 'FORBIDDEN', message: '该功能只供服务端调用' } };
  }
  if (typeof event?.fileId !== 'string' || event.fileId.length > 512) return { ok: false, error: { code: 'INVALID_INPUT', message: '缺少文件编号' } };
  const bytes = await files.get(event.fileId);
  if (!bytes) return { ok: false, error: { code: 'NOT_FOUND', message: '证书文件不存在或已过期，请重新上传' } };
  try {
    const timeoutMs = typeof event.timeoutMs === 'number' ? Math.min(event.timeoutMs, 20_000) : 15_000;
    return { ok: true, data: await engine().read({ bytes, fileId: event.fileId }, { timeoutMs }) };
  } catch (err) {
    if (err instanceof ReaderError) return { ok: false, error: { code: err.code, message: err.message } };
    console.error('reader failed', err);
    return { ok: false, error: { code: 'READER_UNAVAILABLE', message: readerUnavailable().message } };
  }
}
