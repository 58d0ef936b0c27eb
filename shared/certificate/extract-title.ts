import type { CertificateText, Hit } from './certificate-text';
import { findAll } from './certificate-text';
import { reading, type FieldReading } from './field-reading';

const labelled = /(?:培训项目|项目名称|培训名称|培训班名称|培训内容|培训主题|研修项目|研修主题|课程名称|项目)\s*[:：]\s*([^\t\n]{2,100})/g;
const quoted = /[“"《「]([^”"》」]{2,100}?)[”"》」]\s*(专题培训班|专题培训|专题研修|培训班|研修班|培训|研修)?/g;
const sentence = /(?:举办的|组织的|主办的|开展的|参加了?)\s*([^\n，,。；;“”"《》]{4,60}?(?:培训班|培训|研修班|研修|学习班|专题讲座))/g;

/** The training's name as a raw hit (level inference reads 国培 from it). */
export function findTitle(text: CertificateText): { hit: Hit; rule: number } | undefined {
  const byLabel = findAll(text, labelled)[0];
  // Stop before the next label on the same row (培训项目：… 性别：女).
  if (byLabel) return { hit: { ...byLabel, value: byLabel.value.split(/\s+(?=[\u4e00-\u9fa5]{1,6}\s*[:：])/)[0]?.trim() ?? '' }, rule: 0.97 };
  const byQuote = findAll(text, quoted, 0)[0];
  if (byQuote) {
    const value = `${byQuote.match[1] ?? ''}${byQuote.match[2] ?? ''}`.replace(/\n/g, '').trim();
    return { hit: { ...byQuote, value }, rule: 0.93 };
  }
  const bySentence = findAll(text, sentence)[0];
  if (bySentence) return { hit: { ...bySentence, value: bySentence.value.replace(/\n/g, '').trim() }, rule: 0.75 };
  return undefined;
}

/**
 * 培训名称 / 项目: a labelled value (培训项目：…), a quoted name (“…”专题培训,
 * 《…》), or — less sure, so flagged — the words before 培训/研修 in the sentence.
 */
export function extractTitle(text: CertificateText): FieldReading<string> | undefined {
  const found = findTitle(text);
  if (!found) return undefined;
  const value = found.hit.value.slice(0, 100);
  const note = found.rule < 0.8 ? '培训名称是从句子中截取的，请核对' : undefined;
  return reading(found.hit, value, found.rule, note);
}
