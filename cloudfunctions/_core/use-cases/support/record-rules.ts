import { collections } from '../../../../shared/schemas/domain/collections';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { RecordInput } from '../../../../shared/schemas/record';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';
import { chinaDate } from './time';

/**
 * Normalized certificate number for duplicate checks: full-width → half-width
 * (NFKC), spaces and dashes dropped, upper case. "NO. 2026-001" and
 * "ｎｏ.2026001" are the same certificate.
 */
export function certificateKeyOf(certificateNo: string | undefined): string | null {
  if (!certificateNo) return null;
  const key = certificateNo.normalize('NFKC').replace(/[\s\-_]/g, '').toUpperCase();
  return key.length > 0 ? key : null;
}

/** Server-side date rules the schema cannot know: no training that ends after today (Beijing time). */
export function checkRecordDates(input: RecordInput, now: string): void {
  const today = chinaDate(now);
  if (input.endDate > today) throw new AppError('INVALID_INPUT', `结束日期不能晚于今天（${today}）；培训结束后再提交`);
}

/**
 * Duplicate rule: the same teacher may not have two non-withdrawn records with
 * the same certificate number, unless she marks the new one a genuine retake
 * (`retake: true`) or it corrects the record that holds the number.
 */
export async function checkDuplicate(
  deps: Deps,
  teacherId: string,
  certificateKey: string | null,
  opts: { retake: boolean; selfId: string; correctsId: string | null },
): Promise<void> {
  if (!certificateKey || opts.retake) return;
  const same = await deps.store.find<RecordDoc>(collections.records, { teacherId, certificateKey });
  const clash = same.find((r) => r.status !== 'withdrawn' && r._id !== opts.selfId && r._id !== opts.correctsId);
  if (clash) {
    throw new AppError('DUPLICATE', `证书编号已在「${clash.input.title}」（${clash.input.endDate}）中提交过；如果确实是再次参加同一培训，请勾选“重复参训”后再提交`);
  }
}
