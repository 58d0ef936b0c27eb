import { formatAmount, type Fixed } from '../credits';

/** "31.2 学分" */
export const credits = (a: Fixed): string => formatAmount(a);
/** "2.5 学时" */
export const hours = (a: Fixed): string => formatAmount(a, { unit: '学时' });
/** "31.2" */
export const bare = (a: Fixed): string => formatAmount(a, { unit: '' });

/** "2026 年度" or "2024–2028 周期" label for a scope. */
export function scopeLabel(year: number | null, cycleName: string | null): string {
  return year !== null ? `${year} 年度` : (cycleName ?? '周期');
}
