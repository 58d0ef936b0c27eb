/**
 * The structural check a certificate PDF passes before it is stored (PDFs are
 * kept as sent: nothing here can re-encode them). Refuses active content
 * (scripts, launch actions, attachments, forms that submit), encryption (it
 * hides the dictionaries), polyglots (HTML inside, data after `%%EOF`), a
 * broken trailer, and page counts no certificate has.
 */
import { readPdfStructure } from './pdf-structure';

/** Most pages a certificate PDF may have. */
export const MAX_PDF_PAGES = 20;
/** Most bytes object streams may inflate to (a 5 MB PDF rarely holds 2 MB of dictionaries). */
export const MAX_PDF_INFLATED_BYTES = 32 * 1024 * 1024;

/** PDF names that start scripts, programs, attachments or submissions. `/OpenAction` alone is a page jump. */
export const FORBIDDEN_PDF_NAMES = [
  'JavaScript', 'JS', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'FileAttachment', 'RichMedia', 'XFA',
  'SubmitForm', 'ImportData', 'GoToE', 'GoToR',
] as const;

/** Markup a browser would run if the file were ever taken for HTML or SVG. */
const MARKUP = /<(script|html|body|iframe|svg|object|embed|!doctype)\b/i;

export type PdfCheck =
  | { ok: true; pages: number; version: string }
  | { ok: false; code: 'FILE_DAMAGED' | 'FILE_UNSAFE' | 'FILE_TOO_LARGE'; message: string; reason: string };

const DAMAGED = 'PDF 文件已损坏或不完整，无法打开。请重新导出 PDF，或直接拍照上传证书';
const ACTIVE = 'PDF 里含有脚本、附件或自动操作，出于安全考虑不能上传。请“打印”成普通 PDF，或直接拍照上传证书';
const MIXED = 'PDF 文件里夹带了网页或其他文件的内容，不能上传。请重新导出 PDF，或直接拍照上传证书';
const ENCRYPTED = 'PDF 设置了密码或加密，无法检查。请导出不加密的 PDF，或直接拍照上传证书';

const damaged = (reason: string): PdfCheck => ({ ok: false, code: 'FILE_DAMAGED', message: DAMAGED, reason });
const unsafe = (message: string, reason: string): PdfCheck => ({ ok: false, code: 'FILE_UNSAFE', message, reason });

/** Checks a PDF's structure; pure apart from inflating object streams. */
export function checkPdf(bytes: Buffer, maxPages = MAX_PDF_PAGES): PdfCheck {
  const pdf = readPdfStructure(bytes, MAX_PDF_INFLATED_BYTES);
  if (!pdf) return damaged('no %PDF- header');
  if (!pdf.eofFound) return damaged('no %%EOF');
  if (MARKUP.test(bytes.toString('latin1'))) return unsafe(MIXED, 'markup inside');
  if (!/^[\s\0]*$/.test(pdf.trailing)) return unsafe(MIXED, 'data after %%EOF');
  if (!pdf.xrefFound) return damaged('startxref does not point at a cross-reference section');
  if (pdf.inflateBudgetExceeded) return unsafe(ACTIVE, 'object streams inflate beyond the budget');
  if (pdf.unreadableObjectStream) return damaged('object stream cannot be read');
  const names = new Set(Array.from(pdf.dictionaryText.matchAll(/\/([^\s()<>[\]{}/%]+)/g), (m) => m[1]));
  if (names.has('Encrypt')) return unsafe(ENCRYPTED, 'encrypted');
  const active = FORBIDDEN_PDF_NAMES.filter((n) => names.has(n));
  if (active.length > 0) return unsafe(ACTIVE, `active content: /${active.join(' /')}`);
  const pages = Array.from(pdf.dictionaryText.matchAll(/\/Type\s*\/Page(?![A-Za-z0-9])/g)).length;
  if (pages === 0) return damaged('no page objects');
  if (pages > maxPages) {
    return { ok: false, code: 'FILE_TOO_LARGE', message: `PDF 不能超过 ${maxPages} 页，请只上传证书那一页`, reason: `${pages} pages` };
  }
  return { ok: true, pages, version: pdf.version };
}
