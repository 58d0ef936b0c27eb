import { formatAmount, type Fixed } from '../credits';
import { IntTable } from './int-table';

/**
 * Formatted amounts, remembered: a county's reports print the same few
 * thousand amounts over and over (shortfalls, conversions). Bounded; amounts
 * outside 0 … 2³¹ − 1 are formatted each time.
 */
function remembered(unit: string): (a: Fixed) => string {
  const table = new IntTable<string>(1 << 16);
  const options = { unit };
  return (a) => {
    if (!(a >= 0 && a <= 0x7fffffff)) return formatAmount(a, options);
    let text = table.get(a);
    if (text === undefined) {
      text = formatAmount(a, options);
      table.set(a, text);
    }
    return text;
  };
}

/** "31.2 学分" */
export const credits = remembered('学分');
/** "2.5 学时" */
export const hours = remembered('学时');
/** "31.2" */
export const bare = remembered('');

/** "2026 年度" or "2024–2028 周期" label for a scope. */
export function scopeLabel(year: number | null, cycleName: string | null): string {
  return year !== null ? `${year} 年度` : (cycleName ?? '周期');
}
