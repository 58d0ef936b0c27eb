import { formatAmount } from '@shared/credits';
import type { RecordExplanation } from '@shared/schemas/progress-report';
import type { RecordView } from '../api/records';

/** The headline of 「计入学分」 on a record: what it earns, would earn, or why nothing. */
export interface CreditsHeadline {
  tone: 'ok' | 'wait' | 'none';
  title: string;
  detail: string | null;
  /** The document sentence behind a "nothing" (exclusion rule), if any. */
  source: string | null;
}

/**
 * Reads the engine's explanation of one record. Amounts come formatted from the server's
 * integers (formatAmount); the unit is the policy's (学时 only where 1 学时 = 1 学分).
 */
export function creditsHeadline(record: RecordView, explanation: RecordExplanation | null, unit: string): CreditsHeadline {
  const amount = (a: RecordExplanation['credits']) => formatAmount(a, { unit });
  if (explanation === null) {
    if (record.status === 'withdrawn') return { tone: 'none', title: '已撤回，不计学分', detail: null, source: null };
    if (record.status === 'returned') {
      return { tone: 'none', title: '已退回，暂不计学分', detail: '按退回原因修改后重新提交，审核通过后才计入。', source: null };
    }
    return { tone: 'none', title: '不在本年度政策的统计范围内', detail: `这条记录属于 ${record.year} 年度，当年的政策没有把它计入。`, source: null };
  }
  const where = explanation.categoryName ? `「${explanation.categoryName}」` : '';
  if (!explanation.counted) {
    return {
      tone: 'none',
      title: '这条记录不计学分',
      detail: explanation.reason?.message ?? null,
      source: explanation.reason?.source ?? null,
    };
  }
  const capped = explanation.countedInYear !== explanation.credits
    ? `本条折算 ${amount(explanation.credits)}，受上限限制，本年度计入 ${amount(explanation.countedInYear)}。`
    : null;
  if (explanation.provisional) {
    return { tone: 'wait', title: `审核通过后 +${amount(explanation.countedInYear)}`, detail: [`预计计入${where}`, capped].filter(Boolean).join('；'), source: null };
  }
  return { tone: 'ok', title: `已计入 ${amount(explanation.countedInYear)}`, detail: [`计入${where}`, capped].filter(Boolean).join('；'), source: null };
}
