import { deflateSync } from 'node:zlib';
import { checkPdf, MAX_PDF_PAGES } from '../../../cloudfunctions/_core/uploads/check-pdf';
import { craftPdf, pdfStream, tinyPdf } from './craft-files';

const refusedWith = (bytes: Buffer) => {
  const r = checkPdf(bytes);
  return r.ok ? 'accepted' : r.code;
};

describe('PDF structural check: what is accepted', () => {
  it('accepts a plain one-page PDF and counts its pages', () => {
    expect(checkPdf(tinyPdf())).toEqual({ ok: true, pages: 1, version: '1.4' });
    expect(checkPdf(craftPdf({ pages: 3 }))).toMatchObject({ ok: true, pages: 3 });
  });

  it('accepts an /OpenAction that only jumps to a page, and a link to a web address', () => {
    const pdf = craftPdf({ catalog: '/OpenAction [5 0 R /Fit]', objects: ['<< /Type /Action /S /URI /URI (https://www.example.org/) >>'] });
    expect(refusedWith(pdf)).toBe('accepted');
  });

  it('does not read names inside compressed stream data (random bytes can spell /JS)', () => {
    const noise = Buffer.concat([Buffer.from('x/JS /JavaScript <</Launch>>'), Buffer.alloc(200, 7)]);
    const pdf = craftPdf({ rawObjects: [pdfStream('/Filter /FlateDecode', deflateSync(noise)), pdfStream('', Buffer.from([0x2f, 0x4a, 0x53, 0x20, 0x00, 0xff]))] });
    expect(refusedWith(pdf)).toBe('accepted');
  });

  it('tolerates line breaks and NULs after %%EOF', () => {
    expect(refusedWith(craftPdf({ afterEof: '\r\n\n\0\0' }))).toBe('accepted');
  });
});

describe('PDF structural check: what is refused', () => {
  it.each([
    ['an /OpenAction that runs JavaScript', craftPdf({ catalog: '/OpenAction 4 0 R', objects: ['<< /Type /Action /S /JavaScript /JS (app.alert(1)) >>'] })],
    ['a name hidden with #-escapes (/J#61vaScript)', craftPdf({ catalog: '/OpenAction 4 0 R', objects: ['<< /S /J#61vaScript /J#53 (app.alert(1)) >>'] })],
    ['a document-level /Names /JavaScript tree', craftPdf({ catalog: '/Names << /JavaScript 4 0 R >>', objects: ['<< /Names [(a) 5 0 R] >>'] })],
    ['a /Launch action', craftPdf({ catalog: '/OpenAction 4 0 R', objects: ['<< /S /Launch /F (cmd.exe) >>'] })],
    ['an embedded file', craftPdf({ catalog: '/Names << /EmbeddedFiles 4 0 R >>', objects: ['<< /Names [(x.exe) 5 0 R] >>'] })],
    ['a form that submits', craftPdf({ catalog: '/OpenAction 4 0 R', objects: ['<< /S /SubmitForm /F (http://evil.example/) >>'] })],
    ['JavaScript inside a compressed object stream',
      craftPdf({ rawObjects: [pdfStream('/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', deflateSync(Buffer.from('9 0 << /S /JavaScript /JS (app.alert(1)) >>')))] })],
    ['a PDF/HTML polyglot (markup in a comment)', craftPdf({ afterHeader: '%<html><body><script>alert(1)</script></body></html>\n' })],
    ['data appended after %%EOF (a ZIP, say)', craftPdf({ afterEof: Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) })],
    ['an encrypted PDF (its dictionaries cannot be checked)', craftPdf({ trailer: '/Encrypt << /Filter /Standard /V 2 >>' })],
  ])('refuses %s as FILE_UNSAFE with a Chinese message', (_label, bytes) => {
    const r = checkPdf(bytes);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('FILE_UNSAFE');
    expect(r.message).toMatch(/不能上传|无法检查/);
  });

  it.each([
    ['a broken startxref', craftPdf({ badStartxref: true })],
    ['no %%EOF at all', tinyPdf().subarray(0, tinyPdf().length - 7)],
    ['a page tree with no pages', craftPdf({ pages: 0 })],
    ['an object stream in a filter the checker cannot undo', craftPdf({ rawObjects: [pdfStream('/Type /ObjStm /N 1 /First 4 /Filter /LZWDecode', Buffer.from([1, 2, 3]))] })],
    ['a header and nothing else', Buffer.from('%PDF-1.4\n')],
  ])('refuses %s as FILE_DAMAGED', (_label, bytes) => {
    expect(refusedWith(bytes)).toBe('FILE_DAMAGED');
  });

  it(`refuses more than ${MAX_PDF_PAGES} pages with FILE_TOO_LARGE`, () => {
    expect(refusedWith(craftPdf({ pages: MAX_PDF_PAGES }))).toBe('accepted');
    const r = checkPdf(craftPdf({ pages: MAX_PDF_PAGES + 1 }));
    expect(r).toMatchObject({ ok: false, code: 'FILE_TOO_LARGE', message: `PDF 不能超过 ${MAX_PDF_PAGES} 页，请只上传证书那一页` });
  });

  it('refuses an object stream that inflates beyond the budget (a zip bomb)', () => {
    const bomb = deflateSync(Buffer.alloc(40 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(refusedWith(craftPdf({ rawObjects: [pdfStream('/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', bomb)] }))).toBe('FILE_UNSAFE');
  });
});
