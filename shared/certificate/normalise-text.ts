import { chineseNumeralChars, parseChineseNumber } from './chinese-numerals';

const cn = `[${chineseNumeralChars}0Oo]`;
const cnYear = new RegExp(`(${cn}{4})\\s*年\\s*(${cn}{1,3})\\s*月(?:\\s*(${cn}{1,3})\\s*日)?`, 'g');
const cnMonthDay = new RegExp(`([至到—–~-]\\s*)(${cn}{1,3})\\s*月\\s*(${cn}{1,3})\\s*日`, 'g');
const cnDay = new RegExp(`([至到—–~-]\\s*)(${cn}{1,3})\\s*日`, 'g');

function num(text: string): string {
  const n = parseChineseNumber(text);
  return n === undefined ? text : String(n);
}

/**
 * One spelling for every line before the field rules run: NFKC (full-width
 * digits, colons and brackets to ASCII), dashes and tildes unified, spaces
 * inside numbers removed, and Chinese-numeral dates in digits
 * (二〇二四年四月二十日 → 2024年4月20日).
 */
export function normaliseLine(text: string): string {
  let t = text.normalize('NFKC').replace(/[\u2010-\u2015\u2212\uff0d]/g, '—').replace(/[～〜]/g, '~');
  t = t.replace(/(\d)\s+(?=[\d.])/g, '$1').replace(/(\d)\s*\.\s*(?=\d)/g, '$1.');
  t = t.replace(cnYear, (_m, y: string, m: string, d?: string) => `${num(y)}年${num(m)}月${d ? `${num(d)}日` : ''}`);
  t = t.replace(cnMonthDay, (_m, sep: string, m: string, d: string) => `${sep}${num(m)}月${num(d)}日`);
  t = t.replace(cnDay, (_m, sep: string, d: string) => `${sep}${num(d)}日`);
  return t.trim();
}
