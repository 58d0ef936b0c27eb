import type { CertificateFields } from '@shared/schemas/certificate-reading';
import type { Prefill } from '../hooks/use-record-draft';
import type { DraftFields, FieldName } from './draft-fields';

/**
 * The certificate reader's fields as the form's draft values (text boxes hold strings),
 * with each value's confidence so the form can mark 「请核对」. 优秀学员 becomes the award
 * grade at the read level; 合格/不合格 has no draft field and is left to the teacher.
 */
export function readingToPrefill(read: CertificateFields): Prefill {
  const fields: Partial<DraftFields> = {};
  const confidence: Partial<Record<FieldName, number>> = {};
  const put = (name: FieldName, value: string, c: number) => { (fields as Record<string, unknown>)[name] = value; confidence[name] = c; };
  for (const name of ['title', 'organizer', 'startDate', 'endDate', 'certificateNo', 'level', 'form'] as const) {
    const f = read[name];
    if (f) put(name, f.value, f.confidence);
  }
  if (read.hours) put('hours', String(read.hours.value), read.hours.confidence);
  if (read.result?.value === '优秀学员' && read.level) {
    put('awardGrade', '优秀', read.result.confidence);
    put('awardLevel', read.level.value, Math.min(read.result.confidence, read.level.confidence));
  }
  return { fields, confidence };
}

/** How many prefilled values the form now shows (the rest were already typed). */
export function filledCount(prefill: Prefill, now: DraftFields): number {
  return (Object.entries(prefill.fields) as [FieldName, unknown][]).filter(([k, v]) => now[k] === v).length;
}
