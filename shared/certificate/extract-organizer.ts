import type { CertificateText, Hit } from './certificate-text';
import { findAll, hitAt } from './certificate-text';
import { reading, type FieldReading } from './field-reading';

const orgChars = '[\\u4e00-\\u9fa5()（）]';
const orgEnd = '(?:教育部|教育厅|教育局|教育体育局|教体局|进修学校|进修学院|教育学院|研修学院|学院|大学|中心|研究院|研修院|委员会|教师工作司|司|中学|小学|学校|培训部|学区)';
const labelled = new RegExp(`(?:主办单位|培训单位|承办单位|发证单位|颁发单位|发证机关|培训机构|主办)\\s*[:：]\\s*(${orgChars}{2,40}?${orgEnd})`, 'g');
const sentence = new RegExp(`参加(?:了)?\\s*(${orgChars}{2,40}?${orgEnd})(?:\\s*)(?:举办|组织|主办|开展|承办)`, 'g');
const issuerRow = new RegExp(`^(${orgChars}{2,40}${orgEnd})(?:\\s|$|\\t)`);

/** The organizer as a raw hit (level inference reads it too). */
export function findOrganizer(text: CertificateText): { hit: Hit; rule: number; note?: string } | undefined {
  const byLabel = findAll(text, labelled)[0];
  if (byLabel) return { hit: byLabel, rule: 0.97 };
  const bySentence = findAll(text, sentence)[0];
  if (bySentence) return { hit: bySentence, rule: 0.93 };
  // The issuer printed above the date at the bottom, under the seal.
  for (let i = text.rows.length - 1; i >= Math.floor(text.rows.length / 2); i -= 1) {
    const row = text.rows[i];
    if (!row) continue;
    const cell = row.text.split('\t').map((c) => c.trim()).find((c) => issuerRow.test(c));
    const m = cell ? issuerRow.exec(cell) : null;
    if (m?.[1]) {
      const at = (text.starts[i] ?? 0) + row.text.indexOf(m[1]);
      return { hit: hitAt(text, m[1], at, at + m[1].length), rule: 0.9, note: '取自证书落款（发证单位）' };
    }
  }
  return undefined;
}

/** 主办单位 / 发证单位: from a label, from 「参加…举办的」, or from the issuer line under the seal. */
export function extractOrganizer(text: CertificateText): FieldReading<string> | undefined {
  const found = findOrganizer(text);
  return found ? reading(found.hit, found.hit.value, found.rule, found.note) : undefined;
}
