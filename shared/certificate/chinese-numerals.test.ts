import fc from 'fast-check';
import { normaliseLine } from './normalise-text';
import { parseAnyNumber, parseChineseNumber } from './chinese-numerals';

describe('Chinese numerals', () => {
  it.each([
    ['二十四', 24], ['十二', 12], ['十', 10], ['五十', 50], ['一百二十', 120], ['一百零五', 105],
    ['二〇二四', 2024], ['二0二三', 2023], ['二O二二', 2022], ['两千零二十四', 2024], ['叁拾', 30],
  ])('%s → %d', (text, value) => expect(parseChineseNumber(text)).toBe(value));

  it.each(['', '学时', '二三十', 'abc'])('%s is not a numeral', (text) => expect(parseChineseNumber(text)).toBeUndefined());

  it('reads every number 1–999 written out in Chinese', () => {
    const d = '〇一二三四五六七八九';
    const write = (n: number): string => {
      const h = Math.floor(n / 100), t = Math.floor((n % 100) / 10), u = n % 10;
      let s = h ? `${d[h]}百` : '';
      if (t) s += `${h || t !== 1 ? d[t] : ''}十`; else if (h && u) s += '零';
      if (u) s += d[u];
      return s;
    };
    fc.assert(fc.property(fc.integer({ min: 1, max: 999 }), (n) => parseChineseNumber(write(n)) === n));
  });

  it('parses Arabic numbers and halves', () => {
    expect(parseAnyNumber('24')).toBe(24);
    expect(parseAnyNumber('7.5')).toBe(7.5);
  });

  it('writes Chinese-numeral dates in digits', () => {
    expect(normaliseLine('二〇二四年四月二十日')).toBe('2024年4月20日');
    expect(normaliseLine('二0二三年十二月一日至十二月五日')).toBe('2023年12月1日至12月5日');
    expect(normaliseLine('２０２２．１０．０８－２０２２．１０．１２')).toBe('2022.10.08-2022.10.12');
  });
});
