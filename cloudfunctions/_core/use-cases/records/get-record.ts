import { canView } from '../../../../shared/records/viewer';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { RecordView } from '../../../../shared/schemas/api/views';
import type { Caller } from '../../auth/resolve-caller';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';
import { recordReadings } from '../reader/record-readings';
import { byIds } from '../support/by-ids';
import { certificateUrls, toRecordView } from '../support/record-view';
import { sessionRefsOf } from '../training/session-queries';

/** records.get: one record in full, with certificate URLs, if the caller may see it. */
export async function getRecord(deps: Deps, caller: Caller, recordId: string): Promise<{ record: RecordView }> {
  const doc = await deps.store.get<RecordDoc>(collections.records, recordId);
  if (!doc) throw new AppError('NOT_FOUND', '记录不存在');
  if (!canView(doc, caller.viewer)) throw new AppError('FORBIDDEN', '只能查看自己或本校（本县）教师的记录');
  const teacher = doc.teacherId === caller.person._id ? caller.person : await deps.store.get<PersonDoc>(collections.people, doc.teacherId);
  const urls = await certificateUrls(deps, doc);
  const actorNames = await historyNames(deps, doc, [caller.person, ...(teacher ? [teacher] : [])]);
  const session = doc.sessionId ? (await sessionRefsOf(deps, [doc.sessionId])).get(doc.sessionId) ?? null : null;
  const view = toRecordView(doc, caller.viewer, { urls, actorNames, session, ...(teacher ? { teacherName: teacher.name } : {}) });
  // What the certificate reader read from the photos (docs/reader.md), for read-vs-typed and duplicate hints.
  const readings = await recordReadings(deps, doc, doc.teacherId !== caller.person._id);
  return { record: readings.length > 0 ? { ...view, readings } : view };
}

/** Names of the people in a record's history (the teacher, her reviewers), in one query; unknown ids are left out. */
async function historyNames(deps: Deps, doc: RecordDoc, known: PersonDoc[]): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  for (const p of known) names[p._id] = p.name;
  const unknown = doc.history.map((h) => h.by).filter((id) => names[id] === undefined);
  for (const person of (await byIds<PersonDoc>(deps.store, collections.people, unknown)).values()) names[person._id] = person.name;
  return Object.fromEntries(Object.entries(names).filter(([id]) => doc.history.some((h) => h.by === id)));
}
