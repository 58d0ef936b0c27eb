/**
 * Response headers for a stored certificate file. The type comes from the
 * server-chosen extension (never sniffed); images are shown inline under a
 * plain ASCII name, everything else downloads; the CSP sandboxes the response
 * so that even a file that slipped past inspection cannot run script on this
 * origin.
 */
const contentTypes: Record<string, string> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** What `/files` answers for a stored file id. */
export function fileResponseHeaders(fileId: string): Record<string, string> {
  const name = fileId.split('/').pop() ?? '';
  const ext = name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '';
  const type = contentTypes[ext] ?? 'application/octet-stream';
  const stem = name.slice(0, name.length - ext.length - 1).replace(/[^A-Za-z0-9_-]/g, '').slice(0, 64) || 'file';
  // Registers (exports/…) download under their own stem; everything else is a certificate.
  const prefix = fileId.startsWith('exports/') ? 'register' : 'certificate';
  const safeName = `${prefix}-${stem}${ext in contentTypes ? `.${ext}` : ''}`;
  const inline = type.startsWith('image/');
  // A register keeps the name its download link gives it (学校_学分登记卡_年度….xlsx): a
  // filename here would override the link's `download` attribute.
  const disposition = prefix === 'register' ? 'attachment' : `${inline ? 'inline' : 'attachment'}; filename="${safeName}"`;
  return {
    'content-type': type,
    'content-disposition': disposition,
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    'cross-origin-resource-policy': 'same-origin',
    'referrer-policy': 'no-referrer',
    'cache-control': 'private, no-store',
  };
}
