import type { CertificateFields } from '../schemas/certificate-reading';
import type { RecordInputRaw } from '../schemas/record';

/** Record-form values from a reading, with the names of the fields to mark 「请核对」. */
export interface RecordPrefill { values: Partial<RecordInputRaw>; uncertain: string[] }

/**
 * Maps read fields onto the record form: hours in 学时, 不合格 → passed false,
 * 优秀学员 → award at the read level. Uncertain fields are still offered (the
 * teacher sees them marked) — the form decides whether to prefill them.
 */
export function toRecordPrefill(fields: CertificateFields): RecordPrefill {
  const values: Partial<RecordInputRaw> = {};
  const uncertain: string[] = [];
  const take = <K extends keyof RecordInputRaw>(key: K, f: { value: unknown; uncertain: boolean } | undefined, value?: RecordInputRaw[K]) => {
    if (!f) return;
    values[key] = (value ?? f.value) as RecordInputRaw[K];
    if (f.uncertain) uncertain.push(key);
  };
  take('title', fields.title);
  take('organizer', fields.organizer);
  take('startDate', fields.startDate);
  take('endDate', fields.endDate);
  take('hours', fields.hours);
  take('certificateNo', fields.certificateNo);
  take('level', fields.level);
  take('form', fields.form);
  if (fields.certificateNo) values.hasCertificate = true;
  if (fields.result?.value === '不合格') take('passed', fields.result, false);
  if (fields.result?.value === '优秀学员' && fields.level) take('award', fields.result, { grade: '优秀', level: fields.level.value });
  return { values, uncertain };
}
