import type { CloudBase } from '@cloudbase/node-sdk';
import { ReaderError, withReadDeadline, type CertificateReader } from '../../ports/certificate-reader';
import { CloudFunctionReader } from './cloud-function-reader';

const codeOf = (p: Promise<unknown>) => p.then(() => 'ok', (e: unknown) => (e instanceof ReaderError ? `${e.code}:${e.message}` : `other:${String(e)}`));
const readerCalling = (answer: () => Promise<unknown>): CertificateReader =>
  new CloudFunctionReader({ callFunction: () => answer() } as unknown as CloudBase);
const reading = { lines: [{ text: '结业证书', confidence: 0.99, box: [0, 0, 10, 10] }], width: 1024, height: 768, dhash: '0'.repeat(16), ms: 700 };

describe('reading through the reader cloud function', () => {
  it('hands back the reader function\'s reading', async () => {
    const reader = readerCalling(async () => ({ result: { ok: true, data: reading } }));
    await expect(reader.read({ bytes: Buffer.alloc(0), fileId: 'cloud://f' }, { timeoutMs: 1000 })).resolves.toEqual(reading);
  });

  it('keeps the reader function\'s own refusal (too dark) with its message', async () => {
    const reader = readerCalling(async () => ({ result: { ok: false, error: { code: 'TOO_DARK', message: '照片太暗' } } }));
    expect(await codeOf(reader.read({ bytes: Buffer.alloc(0), fileId: 'f' }, { timeoutMs: 1000 }))).toBe('TOO_DARK:照片太暗');
  });

  it('an unknown code, a thrown call or a stuck call become READER_UNAVAILABLE / READ_TIMEOUT in Chinese', async () => {
    const odd = readerCalling(async () => ({ result: { ok: false, error: { code: 'SOMETHING', message: 'x' } } }));
    expect(await codeOf(odd.read({ bytes: Buffer.alloc(0), fileId: 'f' }, { timeoutMs: 1000 }))).toMatch(/^READER_UNAVAILABLE:识别服务/);
    const thrown = readerCalling(async () => { throw new Error('ECONNRESET'); });
    expect(await codeOf(thrown.read({ bytes: Buffer.alloc(0), fileId: 'f' }, { timeoutMs: 1000 }))).toMatch(/^READER_UNAVAILABLE:识别服务/);
    const stuck = readerCalling(() => new Promise(() => undefined));
    expect(await codeOf(stuck.read({ bytes: Buffer.alloc(0), fileId: 'f' }, { timeoutMs: 20 }))).toMatch(/^READ_TIMEOUT:识别超时/);
  });
});

it('withReadDeadline passes a ReaderError through and leaves no timer behind', async () => {
  expect(await codeOf(withReadDeadline(Promise.reject(new ReaderError('NOT_A_CERTIFICATE', '没看到文字')), 1000))).toBe('NOT_A_CERTIFICATE:没看到文字');
  await expect(withReadDeadline(Promise.resolve(3), 60_000)).resolves.toBe(3); // jest would report an open 60 s timer
});
