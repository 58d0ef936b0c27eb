import { collections } from '../../../../shared/schemas/domain/collections';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { RecordInput } from '../../../../shared/schemas/record';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';
import { sameTraining } from './same-training';

/** The teacher's live sign-in records of a year (named query: the certificate side of the duplicate rule). */
export async function signInRecordsOf(deps: Deps, teacherId: string, year: number): Promise<RecordDoc[]> {
  const rows = await deps.store.find<RecordDoc>(collections.records, { teacherId, year, source: 'sign-in' });
  return rows.filter((r) => r.status !== 'withdrawn');
}

/**
 * records.submit: a certificate of a training she was already credited for by
 * sign-in is DUPLICATE unless she says it is a retake (decision 016).
 */
export async function refuseSignInDuplicate(deps: Deps, teacherId: string, input: RecordInput, retake: boolean): Promise<void> {
  if (retake) return;
  const years = new Set([Number(input.startDate.slice(0, 4)), Number(input.endDate.slice(0, 4))]);
  for (const year of years) {
    const hit = (await signInRecordsOf(deps, teacherId, year)).find((r) => sameTraining(r.input, input));
    if (hit) {
      throw new AppError('DUPLICATE', `这次培训已通过现场签到计入（《${hit.input.title}》，${hit.input.startDate}），不用再登记证书；如确实是另一次参训，请勾选「重复参训」`);
    }
  }
}
