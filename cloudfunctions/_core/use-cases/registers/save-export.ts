import type { WorkbookModel } from '../../../../shared/registers';
import { collections } from '../../../../shared/schemas/domain/collections';
import { exportKindLabels, type ExportKind, type ExportLogDoc } from '../../../../shared/schemas/domain/export-log';
import type { ExportData } from '../../../../shared/schemas/api/registers';
import type { Caller } from '../../auth/resolve-caller';
import type { Deps } from '../../deps';
import type { PolicyInForce } from '../policy/policy-in-force';
import { appendAudit } from '../support/audit';
import { newId, sha256Hex } from '../support/ids';
import { chinaTime } from '../support/time';
import { exportView } from './export-view';
import { registerWriterOf } from './register-writer-of';

export interface ExportSpec {
  kind: ExportKind;
  countyId: string;
  schoolId: string | null;
  schoolName: string | null;
  teacherId: string | null;
  year: number;
  /** Words of the file name before the kind, e.g. the school or teacher name. */
  subject: string;
  teacherCount: number;
  policy: PolicyInForce;
}

const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 60) || 'x';
const fileWord = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 40);

/**
 * Writes a register: the bytes through the RegisterWriter, the file into the
 * file store under a server-chosen path, then the export log entry and its
 * audit entry in one transaction. Returns the log view and a download URL.
 */
export async function saveExport(deps: Deps, caller: Caller, book: WorkbookModel, spec: ExportSpec, now: string): Promise<ExportData> {
  const writer = registerWriterOf(deps);
  const bytes = await writer.write(book);
  const id = `x_${newId(deps).replace(/-/g, '')}`;
  const stamp = chinaTime(now, 'YYYYMMDD-HHmm'); // Beijing time, as people read it
  const path = `exports/${safe(spec.countyId)}/${spec.year}/${spec.kind}-${safe(id)}.${writer.extension}`;
  const stored = await deps.files.put(path, bytes, writer.contentType);
  const doc: ExportLogDoc = {
    _id: id,
    kind: spec.kind,
    countyId: spec.countyId,
    schoolId: spec.schoolId,
    teacherId: spec.teacherId,
    year: spec.year,
    policy: { policyId: spec.policy.doc.policyId, version: spec.policy.doc.version, year: spec.policy.doc.year, publishedAt: spec.policy.doc.publishedAt },
    exportedBy: caller.person._id,
    exportedByName: caller.person.name,
    at: now,
    fileId: stored.fileId,
    fileName: `${fileWord(spec.subject)}_${exportKindLabels[spec.kind]}_${spec.year}年度_${stamp}.${writer.extension}`,
    size: stored.size,
    sha256: sha256Hex(bytes),
    teacherCount: spec.teacherCount,
  };
  try {
    await deps.store.transaction(async (tx) => {
      await tx.set(collections.exports, doc);
      await appendAudit(tx, deps, now, {
        actorId: caller.person._id, action: 'registers.export', targetCollection: collections.exports, targetId: id,
        countyId: spec.countyId, schoolId: spec.schoolId, before: null,
        after: { kind: spec.kind, year: spec.year, fileName: doc.fileName, sha256: doc.sha256, policy: doc.policy, teacherId: spec.teacherId },
      });
    });
  } catch (err) {
    // No log entry, no file: a register that is not in the log must not be downloadable.
    await deps.files.remove(stored.fileId).catch(() => undefined);
    throw err;
  }
  return { export: exportView(doc, spec.schoolName), fileId: stored.fileId, url: await deps.files.urlFor(stored.fileId), policy: spec.policy.ref };
}
