import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import { recordStatusLabels } from '../../../../shared/records/state-machine';
import { sameTraining } from '../training/same-training';

/** Something a reviewer should look at before approving. */
export interface ReviewWarning { kind: 'duplicate' | 'retake' | 'similar' | 'correction'; text: string; recordId: string | null }

const squash = (s: string) => s.normalize('NFKC').replace(/[\s\p{P}]/gu, '').toLowerCase();

/**
 * Duplicate and retake warnings for one record against the teacher's other records:
 * the same certificate number (the teacher may have ticked 重复参训), the same title
 * and dates under another record, and corrections of an approved record.
 */
export function reviewWarnings(record: RecordDoc, others: readonly RecordDoc[]): ReviewWarning[] {
  const out: ReviewWarning[] = [];
  const live = others.filter((o) => o._id !== record._id && o.status !== 'withdrawn');
  const label = (o: RecordDoc) => `《${o.input.title}》（${recordStatusLabels[o.status]}，${o.input.startDate} 至 ${o.input.endDate}）`;
  if (record.certificateKey) {
    for (const o of others.filter((x) => x._id !== record._id && x.certificateKey === record.certificateKey && x._id !== record.corrects)) {
      out.push({ kind: 'duplicate', text: `证书编号与${label(o)}相同`, recordId: o._id });
    }
  }
  if (record.retake) out.push({ kind: 'retake', text: '教师标注为「重复参训」：同一证书编号的培训又参加了一次，请核对证书日期', recordId: null });
  const title = squash(record.input.title);
  // A certificate of a training the teacher was already credited for by sign-in (decision 016).
  for (const o of live.filter((x) => (x.source ?? 'certificate') !== (record.source ?? 'certificate') && sameTraining(x.input, record.input))) {
    out.push({ kind: 'duplicate', text: `与现场签到${label(o.source === 'sign-in' ? o : record)}是同一培训，可能重复计入`, recordId: o._id });
  }
  for (const o of live) {
    if ((o.source ?? 'certificate') !== (record.source ?? 'certificate') && sameTraining(o.input, record.input)) continue;
    if (o.certificateKey && o.certificateKey === record.certificateKey) continue;
    if (o._id === record.corrects) continue;
    const sameTitle = squash(o.input.title) === title;
    const sameDates = o.input.startDate === record.input.startDate && o.input.endDate === record.input.endDate;
    if (sameTitle && sameDates) out.push({ kind: 'similar', text: `与${label(o)}标题和日期都相同，可能重复登记`, recordId: o._id });
  }
  if (record.corrects) {
    const old = others.find((o) => o._id === record.corrects);
    out.push({ kind: 'correction', text: old ? `这是对已通过记录${label(old)}的更正；通过后原记录作废` : '这是对一条已通过记录的更正；通过后原记录作废', recordId: record.corrects });
  }
  return out;
}
