import type { CertificateText } from './certificate-text';
import { findAll } from './certificate-text';
import { reading, type FieldReading } from './field-reading';

const labelled = /(?:证书编号|证书号|证号|登记号|登记编号|编号|No\.?)\s*[:：]?\s*([A-Za-z0-9\u4e00-\u9fa5〔〕[\]()_—-]{3,40})/g;
/** Letters OCR confuses with digits (O/0, I/l/1, S/5, B/8, Z/2) next to digits. */
const confusable = /\d[OIlSBZ]|[OIlSBZ]\d/;

/**
 * 证书编号 / 登记号 / 编号 / No.: the text after the label up to a space or the
 * row's end. Letters that OCR confuses with digits, sitting among digits, lower
 * the confidence (JY-2O23 may be JY-2023).
 */
export function extractCertificateNo(text: CertificateText): FieldReading<string> | undefined {
  const hit = findAll(text, labelled).find((h) => /\d/.test(h.value));
  if (!hit) return undefined;
  const value = hit.value.replace(/[—]/g, '-');
  if (confusable.test(value)) return reading(hit, value, 0.7, '编号中有容易认错的字母或数字（O/0、I/1、S/5），请核对');
  return reading(hit, value, 0.99);
}
