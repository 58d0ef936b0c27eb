import type { CertificateText } from './certificate-text';
import { findAll } from './certificate-text';
import { reading, type FieldReading } from './field-reading';

const han = '[\\u4e00-\\u9fa5·]';
const end = '(?=同志|老师|学员|参加|于|在|[:：,，\\s]|$)';
const patterns: Array<{ re: RegExp; rule: number }> = [
  { re: new RegExp(`姓\\s*名\\s*[:：]?\\s*(${han}{2,5}?)${end}`, 'gm'), rule: 0.98 },
  { re: new RegExp(`(?:兹证明|兹有|证明)\\s*(${han}{2,5}?)${end}`, 'gm'), rule: 0.95 },
  { re: new RegExp(`^(${han}{2,4}?)\\s*(?:同志|老师)\\s*[:：,，]?`, 'gm'), rule: 0.95 },
  { re: new RegExp(`学员\\s*[:：]?\\s*(${han}{2,4}?)(?=同志|参加|于|在|[:：,，\\s]|$)`, 'gm'), rule: 0.9 },
];

/** The teacher's name as printed, plus whether it differs from the signed-in teacher's. */
export interface NameReading { teacherName?: FieldReading<string>; mismatch: boolean }

/**
 * 姓名：张三 / 兹证明张三同志 / 张三同志： / 学员张三. When the signed-in
 * teacher's name is known and printed anywhere, that is the name; a different
 * name is read as printed and flagged (the teacher may be entering a
 * colleague's certificate by mistake).
 */
export function extractTeacherName(text: CertificateText, expectedName?: string): NameReading {
  const expected = expectedName?.replace(/\s+/g, '');
  for (const { re, rule } of patterns) {
    const hit = findAll(text, re)[0];
    if (!hit) continue;
    if (expected && hit.value === expected) return { teacherName: reading(hit, hit.value, rule), mismatch: false };
    if (expected && text.joined.replace(/\s+/g, '').includes(expected)) {
      return { teacherName: reading(hit, expected, rule * 0.9), mismatch: false };
    }
    const note = expected ? `证书上的姓名「${hit.value}」与您的姓名「${expected}」不一致，请确认是本人证书` : undefined;
    return { teacherName: reading(hit, hit.value, expected ? Math.min(rule, 0.7) : rule, note), mismatch: Boolean(expected) };
  }
  return { mismatch: false };
}
