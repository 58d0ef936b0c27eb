import { checkCertificate, MAX_CERTIFICATE_BYTES } from '../../../cloudfunctions/_core/uploads/check-certificate';
import { detectCertificateKind } from '../../../cloudfunctions/_core/uploads/file-kind';
import { tinyJpeg, tinyPdf, tinyPng, tinyWebp } from './craft-files';

describe('certificate type by magic bytes', () => {
  it.each([
    ['JPEG', tinyJpeg(), 'jpeg', 'jpg', 'image/jpeg'],
    ['PNG', tinyPng(), 'png', 'png', 'image/png'],
    ['WebP', tinyWebp(), 'webp', 'webp', 'image/webp'],
    ['PDF', tinyPdf(), 'pdf', 'pdf', 'application/pdf'],
  ])('accepts a real %s file', (_name, bytes, kind, ext, contentType) => {
    expect(checkCertificate(bytes)).toEqual({ ok: true, file: { kind, ext, contentType, size: bytes.length } });
  });

  it.each([
    ['a Windows EXE renamed certificate.jpg', Buffer.concat([Buffer.from('MZ'), Buffer.from([0x90, 0, 3, 0, 0, 0, 4, 0]), Buffer.alloc(50)])],
    ['an HTML page renamed certificate.jpg', Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>')],
    ['an SVG image (can carry scripts)', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>')],
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1')],
    ['a RIFF file that is not WebP (WAVE)', Buffer.concat([Buffer.from('RIFF'), Buffer.from([4, 0, 0, 0]), Buffer.from('WAVEfmt ')])],
    ['a PNG signature cut short', tinyPng().subarray(0, 6)],
    ['a PDF header not at the start', Buffer.concat([Buffer.from(' '), tinyPdf()])],
    ['a ZIP (docx/xlsx)', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0])],
  ])('refuses %s with FILE_TYPE and a Chinese message', (_name, bytes) => {
    const result = checkCertificate(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('FILE_TYPE');
    expect(result.error.message).toMatch(/证书只能是 JPG、PNG、WebP 图片或 PDF 文件/);
  });

  it('refuses an empty file with FILE_TYPE', () => {
    expect(checkCertificate(Buffer.alloc(0))).toEqual({ ok: false, error: { code: 'FILE_TYPE', message: '证书文件是空的，请重新选择' } });
  });

  it('a JPEG header at offset 0 is what counts, not later bytes', () => {
    const html = Buffer.from('<html>');
    expect(detectCertificateKind(Buffer.concat([html, tinyJpeg()]))).toBeNull();
    expect(detectCertificateKind(Buffer.concat([tinyJpeg(), html]))).toBe('jpeg');
  });
});

describe('certificate size limit', () => {
  it('is 5 MB', () => {
    expect(MAX_CERTIFICATE_BYTES).toBe(5 * 1024 * 1024);
  });

  it('accepts a JPEG of exactly the limit and refuses one byte more with FILE_TOO_LARGE', () => {
    const atLimit = Buffer.alloc(MAX_CERTIFICATE_BYTES);
    tinyJpeg().copy(atLimit);
    expect(checkCertificate(atLimit).ok).toBe(true);
    const over = Buffer.alloc(MAX_CERTIFICATE_BYTES + 1);
    tinyJpeg().copy(over);
    expect(checkCertificate(over)).toEqual({ ok: false, error: { code: 'FILE_TOO_LARGE', message: '证书文件不能超过 5 MB，请压缩或截图后重新上传' } });
  });

  it('honours a smaller limit passed in, and reports size before type', () => {
    expect(checkCertificate(tinyPdf(), 10)).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE' } });
    expect(checkCertificate(Buffer.alloc(20, 0x41), 10)).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE' } });
  });
});
