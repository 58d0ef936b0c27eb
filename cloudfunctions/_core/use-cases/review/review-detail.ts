import { collections } from '../../../../shared/schemas/domain/collections';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { SchoolDoc } from '../../../../shared/schemas/domain/school';
import type { Caller } from '../../auth/resolve-caller';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';
import { certificateUrls, toRecordView } from '../support/record-view';
import { chinaDate } from '../support/time';
import { authorizeReview } from './authorize-review';
import { certificateReading } from './certificate-reading';
import { impactOf, policyLookup } from './record-impact';
import { reviewWarnings } from './review-warnings';

/**
 * review.detail: one record as a reviewer in scope sees it — photos (URLs), every
 * field, duplicate/retake warnings, the teacher's progress before and after approval,
 * what the certificate reader read, and who handled it if it is no longer pending.
 */
export async function reviewDetail(deps: Deps, caller: Caller, event: { recordId: string }) {
  const doc = await deps.store.get<RecordDoc>(collections.records, event.recordId);
  if (!doc) throw new AppError('NOT_FOUND', '记录不存在');
  authorizeReview(caller)(doc);
  const [person, school, others, urls, reading] = await Promise.all([
    deps.store.get<PersonDoc>(collections.people, doc.teacherId),
    deps.store.get<SchoolDoc>(collections.schools, doc.schoolId),
    deps.store.find<RecordDoc>(collections.records, { teacherId: doc.teacherId }),
    certificateUrls(deps, doc),
    certificateReading(deps, doc),
  ]);
  if (!person) throw new AppError('NOT_FOUND', '找不到提交这条记录的教师');
  const reviewer = doc.reviewedBy ? await deps.store.get<PersonDoc>(collections.people, doc.reviewedBy) : null;
  const policy = await policyLookup(deps)(doc.countyId, doc.year);
  const approved = others.filter((r) => r.status === 'approved');
  const impact = policy ? impactOf(policy, person, approved, doc, chinaDate(deps.clock())) : null;
  return {
    record: { ...toRecordView(doc, caller.viewer, { urls, teacherName: person.name }), schoolName: school?.name ?? '', wouldAdd: impact?.wouldAdd ?? null },
    teacher: { id: person._id, name: person.name, subject: person.subject ?? null },
    reviewedByName: reviewer?.name ?? null,
    policy: policy?.ref ?? null,
    before: impact?.before ?? null,
    after: impact?.after ?? null,
    warnings: reviewWarnings(doc, others),
    reading,
  };
}
