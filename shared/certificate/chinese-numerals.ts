/**
 * Chinese numerals as certificates print them: 二十四 (24), 十二 (12), 一百二十 (120),
 * 二〇二四 (2024, digit by digit), and OCR's habit of reading 〇 as 0/O/o.
 */

const digits: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 0: 0, O: 0, o: 0, 一: 1, 壹: 1, 二: 2, 两: 2, 贰: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const units: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Characters that may appear in a Chinese numeral (for building regexes). */
export const chineseNumeralChars = '〇零一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟';

/**
 * Value of a Chinese numeral with units (十/百/千), or digit-by-digit when it has
 * none (二〇二四 → 2024). Undefined when the text is not a numeral.
 */
export function parseChineseNumber(text: string): number | undefined {
  const chars = [...text.trim()];
  if (chars.length === 0) return undefined;
  if (!chars.some((c) => c in units)) {
    if (!chars.every((c) => c in digits)) return undefined;
    return chars.reduce((n, c) => n * 10 + (digits[c] ?? 0), 0);
  }
  let total = 0;
  let pending: number | undefined;
  for (const c of chars) {
    if (c in digits) {
      if (pending !== undefined && pending !== 0) return undefined; // 二三十: not a numeral
      pending = digits[c];
    } else if (c in units) {
      const unit = units[c] ?? 1;
      total += (pending ?? 1) * unit; // 十二: a bare 十 means 一十
      pending = undefined;
    } else {
      return undefined;
    }
  }
  return total + (pending ?? 0);
}

/** An Arabic or Chinese number ("24", "24.5", "二十四") as a number. */
export function parseAnyNumber(text: string): number | undefined {
  const t = text.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  return parseChineseNumber(t);
}
