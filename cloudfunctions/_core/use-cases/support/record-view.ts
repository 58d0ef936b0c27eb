import { allowedActions, type RecordViewer } from '../../../../shared/records/viewer';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { RecordView, SessionRef } from '../../../../shared/schemas/api/views';
import type { Deps } from '../../deps';

/** Extra facts a view may carry. */
export interface ViewExtras {
  teacherName?: string;
  /** fileId → URL, when the caller asked for one record in full. */
  urls?: Map<string, string>;
  /** person id → name of everyone in the history, when the caller asked for one record. */
  actorNames?: Record<string, string>;
  /** The session of a sign-in record (decision 016), when the caller looked it up. */
  session?: SessionRef | null;
}

/** The client's view of a stored record, with the buttons this viewer may use. */
export function toRecordView(doc: RecordDoc, viewer: RecordViewer, extras: ViewExtras = {}): RecordView {
  return {
    id: doc._id,
    teacherId: doc.teacherId,
    ...(extras.teacherName !== undefined ? { teacherName: extras.teacherName } : {}),
    schoolId: doc.schoolId,
    countyId: doc.countyId,
    year: doc.year,
    status: doc.status,
    version: doc.version,
    input: doc.input,
    retake: doc.retake,
    corrects: doc.corrects,
    supersededBy: doc.supersededBy,
    certificates: doc.certificates.map((c) => {
      const url = extras.urls?.get(c.fileId);
      return { fileId: c.fileId, contentType: c.contentType, size: c.size, ...(url ? { url } : {}) };
    }),
    returnReason: doc.returnReason,
    returnFields: doc.returnFields,
    reviewNote: doc.reviewNote,
    reviewedBy: doc.reviewedBy,
    reviewedAt: doc.reviewedAt,
    submittedAt: doc.submittedAt,
    updatedAt: doc.updatedAt,
    history: doc.history,
    ...(extras.actorNames ? { actorNames: extras.actorNames } : {}),
    allowedActions: allowedActions(doc, viewer),
    // Records stored before sessions existed have no source: they are certificate records.
    source: doc.source ?? 'certificate',
    session: extras.session ?? null,
  };
}

/** Temporary URLs for every certificate of a record. */
export async function certificateUrls(deps: Deps, doc: RecordDoc): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  for (const c of doc.certificates) urls.set(c.fileId, await deps.files.urlFor(c.fileId));
  return urls;
}
