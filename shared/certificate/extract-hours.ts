import { chineseNumeralChars, parseAnyNumber } from './chinese-numerals';
import type { CertificateText } from './certificate-text';
import { findAll } from './certificate-text';
import { reading, type FieldReading } from './field-reading';

/** Hours read from a certificate: the value in 学时 plus the unit and number as printed. */
export type HoursReading = FieldReading<number> & { unit: '学时' | '课时' | '学分'; stated: number };

const n = `(\\d+(?:\\.\\d+)?|[${chineseNumeralChars}]{1,5})`;
const converted = new RegExp(`${n}\\s*学分[^\\n]{0,12}?(?:折合|计|合)\\s*${n}\\s*(学时|课时)`, 'g');
const labelled = new RegExp(`(?:学时|课时|学时数|总学时|培训学时)\\s*[:：]\\s*${n}\\s*(学时|课时)?`, 'g');
const plain = new RegExp(`${n}\\s*(学时|课时)`, 'g');
const creditsOnly = new RegExp(`${n}\\s*学分`, 'g');
const totalContext = /(共|合计|总计|累计|完成|获得|计)\s*$/;

function plausible(hours: number | undefined): hours is number {
  return hours !== undefined && hours > 0 && hours <= 2000 && Number.isInteger(hours * 2);
}

/**
 * 学时 in every printed form: 「24学时」, 「二十四学时」, 「学时：24」, 「32课时」
 * (a 课时 is read as one 学时, and said so), 「2学分（折合20学时）」. A
 * certificate that states only 学分 gives no hours (`creditsOnly` is set
 * instead): converting is the policy's business, not a guess.
 */
export function extractHours(text: CertificateText): { hours?: HoursReading; creditsOnly: boolean } {
  for (const h of findAll(text, converted, 0)) {
    const credits = parseAnyNumber(h.match[1] ?? ''), hours = parseAnyNumber(h.match[2] ?? '');
    if (credits !== undefined && credits > 0 && plausible(hours)) {
      return { hours: { ...reading(h, hours, 0.95, `证书写的是 ${credits} 学分，折合 ${hours} 学时`), unit: '学分', stated: credits }, creditsOnly: false };
    }
  }
  const candidates: Array<{ hours: number; unit: '学时' | '课时'; hit: ReturnType<typeof findAll>[number]; total: boolean; rule: number }> = [];
  for (const h of findAll(text, labelled, 0)) {
    const hours = parseAnyNumber(h.match[1] ?? '');
    if (plausible(hours)) candidates.push({ hours, unit: h.match[2] === '课时' ? '课时' : '学时', hit: h, total: true, rule: 0.97 });
  }
  for (const h of findAll(text, plain, 0)) {
    const hours = parseAnyNumber(h.match[1] ?? '');
    if (!plausible(hours)) continue;
    const before = text.joined.slice(Math.max(0, h.match.index - 4), h.match.index);
    candidates.push({ hours, unit: h.match[2] === '课时' ? '课时' : '学时', hit: h, total: totalContext.test(before), rule: 0.97 });
  }
  const distinct = new Set(candidates.map((c) => c.hours));
  const best = candidates.find((c) => c.total) ?? candidates[0];
  if (best) {
    const several = distinct.size > 1;
    const note = several ? `证书上有多个学时数（${[...distinct].join('、')}），请核对`
      : best.unit === '课时' ? '证书写的是课时，按 1 课时 = 1 学时读取' : undefined;
    return { hours: { ...reading(best.hit, best.hours, several ? 0.6 : best.rule, note), unit: best.unit, stated: best.hours }, creditsOnly: false };
  }
  const stated = findAll(text, creditsOnly, 0).some((h) => (parseAnyNumber(h.match[1] ?? '') ?? 0) > 0);
  return { creditsOnly: stated || /学分\s*[:：]\s*\d/.test(text.joined) };
}
