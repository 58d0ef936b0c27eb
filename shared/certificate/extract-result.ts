import type { CertificateText } from './certificate-text';
import { findAll } from './certificate-text';
import { reading, type FieldReading } from './field-reading';

type Result = '合格' | '良好' | '优秀' | '不合格' | '优秀学员';

const rules: Array<{ re: RegExp; value?: Result; rule: number }> = [
  { re: /(优秀学员|优秀学习者|优秀学情)/g, value: '优秀学员', rule: 0.95 },
  { re: /(不合格|未通过|不予结业)/g, value: '不合格', rule: 0.95 },
  { re: /(?:考核|成绩|等次|结果|评定|等级|考评)[^\n]{0,4}?(优秀|良好|合格)/g, rule: 0.97 },
  { re: /(准予结业|予以结业|准予毕业|通过考核|考核通过)/g, value: '合格', rule: 0.85 },
];

/**
 * 考核结果 / 等次: 合格, 良好, 优秀, 不合格, or the award 优秀学员. 「准予结业」
 * without a stated grade reads as 合格 with a lower rule confidence.
 */
export function extractResult(text: CertificateText): FieldReading<Result> | undefined {
  for (const { re, value, rule } of rules) {
    const hit = findAll(text, re)[0];
    if (hit) return reading(hit, value ?? (hit.value as Result), rule);
  }
  return undefined;
}
