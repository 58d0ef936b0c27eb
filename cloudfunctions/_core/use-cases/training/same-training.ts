import type { RecordInput } from '../../../../shared/schemas/record';

/** Title for comparison: width-folded, without spaces or punctuation, lower case. */
export const squashTitle = (s: string): string => s.normalize('NFKC').replace(/[\s\p{P}]/gu, '').toLowerCase();

/**
 * True when two record inputs describe the same training: their dates overlap
 * and they name the same catalogue project, or carry the same title once
 * squashed. Used both ways: a certificate beside a sign-in record at close, and
 * a sign-in record beside a certificate at submit and in review warnings.
 */
export function sameTraining(a: RecordInput, b: RecordInput): boolean {
  const overlap = a.startDate <= b.endDate && b.startDate <= a.endDate;
  if (!overlap) return false;
  if (a.projectRef && b.projectRef && a.projectRef === b.projectRef) return true;
  return squashTitle(a.title) === squashTitle(b.title);
}
