import { buildArchiveWorkbook, type ArchiveRecord } from '../../../../shared/registers';
import type { ExportData } from '../../../../shared/schemas/api/registers';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { SchoolDoc } from '../../../../shared/schemas/domain/school';
import type { Caller } from '../../auth/resolve-caller';
import { requireTeacher } from '../../auth/scope';
import type { Deps } from '../../deps';
import { requirePolicyInForce } from '../policy/policy-in-force';
import { chinaDate, chinaYear } from '../support/time';
import { pictureSize } from './picture-size';
import { exportMeta, policyLine, teacherRegister } from './register-data';
import { countyName } from './register-scope';
import { saveExport } from './save-export';

/** Largest total of pictures embedded in one archive; beyond it photos are named, not embedded. */
const maxPictureBytes = 40 * 1024 * 1024;

async function archiveRecords(deps: Deps, records: readonly RecordDoc[]): Promise<ArchiveRecord[]> {
  let budget = maxPictureBytes;
  const out: ArchiveRecord[] = [];
  for (const r of records) {
    const certificates: ArchiveRecord['certificates'] = [];
    for (const c of r.certificates) {
      const bytes = c.contentType === 'application/pdf' || budget < c.size ? null : await deps.files.get(c.fileId);
      const size = bytes ? pictureSize(bytes, c.contentType) : null;
      if (bytes && size) budget -= bytes.length;
      certificates.push({ contentType: c.contentType, picture: bytes && size ? { bytes: new Uint8Array(bytes), ...size } : null });
    }
    out.push({ id: r._id, input: r.input, status: r.status, submittedAt: r.submittedAt, reviewNote: r.reviewNote, returnReason: r.returnReason, certificates });
  }
  return out;
}

/**
 * registers.my-archive: the signed-in teacher's 个人电子学习档案 for a year —
 * her 登记卡 (approved records, engine figures), every record she submitted
 * that year (any status but withdrawn) and her certificate photos, one .xlsx.
 */
export async function exportMyArchive(deps: Deps, caller: Caller, input: { year?: number }): Promise<ExportData> {
  const scope = requireTeacher(caller);
  const now = deps.clock();
  const year = input.year ?? chinaYear(now);
  const policy = await requirePolicyInForce(deps, scope.countyId, year);
  const teacherId = caller.person._id;
  const [all, school, county] = await Promise.all([
    deps.store.find<RecordDoc>(collections.records, { teacherId }),
    deps.store.get<SchoolDoc>(collections.schools, scope.schoolId),
    countyName(deps, scope.countyId),
  ]);
  const approved = all.filter((r) => r.status === 'approved');
  const teacher = teacherRegister(caller.person, approved, policy, year, chinaDate(now));
  const ofYear = all.filter((r) => r.year === year && r.status !== 'withdrawn');
  const schoolName = school?.name ?? '';
  const book = buildArchiveWorkbook(teacher, await archiveRecords(deps, ofYear), {
    countyName: county, schoolName, year, policy: policyLine(policy), meta: exportMeta(now, caller.person.name),
  });
  return saveExport(deps, caller, book, {
    kind: 'my-archive', countyId: scope.countyId, schoolId: scope.schoolId, schoolName, teacherId, year,
    subject: caller.person.name, teacherCount: 1, policy,
  }, now);
}
