import { exportKindLabels, type ExportLogDoc } from '../../../../shared/schemas/domain/export-log';
import type { ExportView } from '../../../../shared/schemas/api/registers';

/** An export log entry as the client sees it (no storage path). */
export function exportView(doc: ExportLogDoc, schoolName: string | null): ExportView {
  return {
    id: doc._id, kind: doc.kind, kindLabel: exportKindLabels[doc.kind], countyId: doc.countyId, schoolId: doc.schoolId, schoolName,
    teacherId: doc.teacherId, year: doc.year, policy: doc.policy, exportedBy: doc.exportedBy, exportedByName: doc.exportedByName,
    at: doc.at, fileName: doc.fileName, size: doc.size, sha256: doc.sha256, teacherCount: doc.teacherCount,
  };
}
