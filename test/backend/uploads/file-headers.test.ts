import { fileResponseHeaders } from '../../../cloudfunctions/_local/routes/file-headers';

describe('/files response headers', () => {
  it.each([
    ['certificates/c1/t1/2026/abc.jpg', 'image/jpeg', 'inline; filename="certificate-abc.jpg"'],
    ['inbox/u_1.png', 'image/png', 'inline; filename="certificate-u_1.png"'],
    ['inbox/u_2.webp', 'image/webp', 'inline; filename="certificate-u_2.webp"'],
    ['certificates/c1/t1/2026/abc.pdf', 'application/pdf', 'attachment; filename="certificate-abc.pdf"'],
    ['staging/wx-x.svg', 'application/octet-stream', 'attachment; filename="certificate-wx-x"'],
  ])('%s → %s, %s', (fileId, type, disposition) => {
    const h = fileResponseHeaders(fileId);
    expect(h['content-type']).toBe(type);
    expect(h['content-disposition']).toBe(disposition);
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['content-security-policy']).toMatch(/^default-src 'none';.*; sandbox$/);
  });

  it('never puts quotes, slashes or non-ASCII from a file name into the header', () => {
    const h = fileResponseHeaders('inbox/证书"; filename=evil.html.jpg');
    expect(h['content-disposition']).toMatch(/^inline; filename="certificate-[A-Za-z0-9_-]*\.jpg"$/);
  });
});
