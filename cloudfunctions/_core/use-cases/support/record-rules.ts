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

/** The DUPLICATE refusal naming the record that already holds the number. */
export function duplicateOf(holder: RecordDoc): AppError {
  return new AppError('DUPLICATE', `证书编号已在「${holder.input.title}」（${holder.input.endDate}）中提交过；如果确实是再次参加同一培训，请勾选“重复参训”后再提交`);
}

/**
 * Duplicate rule: the same teacher may not have two non-withdrawn records with
 * the same certificate number, unless she marks the new one a genuine retake
 * (`retake: true`) or it corrects the record that holds the number.
 *
 * This is the early check, by query, before the transaction: it answers most
 * duplicates without opening one, and returns the ids of the non-withdrawn
 * records holding the number (other than `selfId`) so the transaction can fold
 * them into the claim document (`claimCertificateInTx`), which is what makes
 * the rule hold under concurrency.
 */
export async function checkDuplicate(
  deps: Deps,
  teacherId: string,
  certificateKey: string | null,
  opts: { retake: boolean; selfId: string; correctsId: string | null },
): Promise<string[]> {
  if (!certificateKey) return [];
  const same = await deps.store.find<RecordDoc>(collections.records, { teacherId, certificateKey });
  const live = same.filter((r) => r.status !== 'withdrawn' && r._id !== opts.selfId);
  const clash = opts.retake ? undefined : live.find((r) => r._id !== opts.correctsId);
  if (clash) throw duplicateOf(clash);
  return live.map((r) => r._id);
}
