import type { CertificateText, Hit } from './certificate-text';
import { findAll } from './certificate-text';
import { calendarDate, daysBetween } from './calendar-date';
import { reading, type FieldReading } from './field-reading';

/** Training dates read from a certificate, and whether only an issue date was found. */
export interface DatesReading {
  startDate?: FieldReading<string>;
  endDate?: FieldReading<string>;
  issueDateOnly: boolean;
}

const full = String.raw`(\d{4})\s*[年.\/—-]\s*(\d{1,2})\s*[月.\/—-]\s*(\d{1,2})\s*日?`;
const sep = String.raw`\s*(?:至|到|~|—+|-)\s*`;
const tail = String.raw`(?:(\d{4})\s*[年.\/—-]\s*)?(?:(\d{1,2})\s*[月.\/—-]\s*)?(\d{1,2})(?!\d)\s*日?`;
const rangeRe = new RegExp(`${full}${sep}${tail}`, 'g');
const singleRe = new RegExp(`(?<!\\d)${full}`, 'g');
const trainingLabel = /(培训|研修|学习|活动|举办|参训)(时间|日期)|于\s*$|时间\s*[:：]?\s*$/;
const issueLabel = /(发证|颁发|签发)(日期|时间)/;

interface Span { start: string; end: string; hit: Hit; at: number; ruleConfidence: number; note?: string }

function ranges(text: CertificateText): Span[] {
  const out: Span[] = [];
  for (const h of findAll(text, rangeRe, 0)) {
    const m = h.match;
    const y1 = Number(m[1]), m1 = Number(m[2]), d1 = Number(m[3]);
    const start = calendarDate(y1, m1, d1);
    const m2 = m[5] ? Number(m[5]) : m1;
    let y2 = m[4] ? Number(m[4]) : y1;
    if (!m[4] && m2 < m1) y2 += 1; // 2023年12月28日至1月3日 runs into the next year
    const end = calendarDate(y2, m2, Number(m[6]));
    if (!start || !end) continue;
    const days = daysBetween(start, end);
    if (days < 0) continue;
    // A year-long span or a missing end year is still read, but the teacher checks it.
    const note = days > 366 ? '起止日期相隔超过一年，请核对' : undefined;
    out.push({ start, end, hit: h, at: m.index, ruleConfidence: note ? 0.6 : 0.98, ...(note ? { note } : {}) });
  }
  return out;
}

function singles(text: CertificateText): Array<{ date: string; hit: Hit; at: number; training: boolean; issue: boolean }> {
  const out: Array<{ date: string; hit: Hit; at: number; training: boolean; issue: boolean }> = [];
  for (const h of findAll(text, singleRe, 0)) {
    const m = h.match;
    const date = calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (!date) continue;
    const before = text.joined.slice(Math.max(0, m.index - 12), m.index);
    const after = text.joined.slice(m.index + m[0].length, m.index + m[0].length + 6);
    const training = trainingLabel.test(before) || /^\s*(参加|参训|在)/.test(after);
    out.push({ date, hit: h, at: m.index, training, issue: issueLabel.test(before) });
  }
  return out;
}

/**
 * Start and end of the training: a range in any of the printed forms
 * (2023年7月10日至7月15日, 2022.10.08-2022.10.12, 2022.10.08-10.12, 7月10日—15日),
 * else a single date introduced as the training's (培训时间：…, 于…参加), else —
 * flagged, never silently — the only date there is (usually the issue date).
 */
export function extractDates(text: CertificateText): DatesReading {
  const found = ranges(text);
  const range = found[0];
  if (range) {
    const shared = found.length > 1 && found.some((r) => r.start !== range.start || r.end !== range.end);
    const note = shared ? '证书上有多段日期，请核对' : range.note;
    const rule = shared ? 0.6 : range.ruleConfidence;
    return { startDate: reading(range.hit, range.start, rule, note), endDate: reading(range.hit, range.end, rule, note), issueDateOnly: false };
  }
  const dates = singles(text).filter((d) => !found.some((r) => r.at === d.at));
  const training = dates.find((d) => d.training);
  if (training) {
    const note = '证书只写了一天，按当天培训读取';
    return { startDate: reading(training.hit, training.date, 0.9, note), endDate: reading(training.hit, training.date, 0.9, note), issueDateOnly: false };
  }
  const issue = dates.find((d) => d.issue) ?? dates[dates.length - 1];
  if (!issue) return { issueDateOnly: false };
  const note = '证书上只找到发证日期，请填写培训起止日期';
  return { startDate: reading(issue.hit, issue.date, 0.5, note), endDate: reading(issue.hit, issue.date, 0.5, note), issueDateOnly: true };
}

