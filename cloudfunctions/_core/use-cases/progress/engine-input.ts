import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { CreditRecord, RecordInput } from '../../../../shared/schemas/record';
import type { TeacherContext } from '../../../../shared/schemas/teacher-context';

/** A stored record as the engine reads it: the teacher's input plus id, owner and status. */
export function toCreditRecord(doc: RecordDoc): CreditRecord {
  return { ...doc.input, id: doc._id, teacherId: doc.teacherId, status: doc.status };
}

/** A draft (not yet submitted) as the engine reads it, counted provisionally like a pending record. */
export function draftCreditRecord(input: RecordInput, teacherId: string): CreditRecord {
  return { ...input, id: 'draft', teacherId, status: 'submitted' };
}

/** The roster facts the engine needs: statuses (maternity…) and hire date, from the roster, never from the client. */
export function teacherContextOf(person: PersonDoc): TeacherContext {
  return {
    teacherId: person._id,
    name: person.name,
    statuses: person.statuses,
    ...(person.hiredOn ? { hiredOn: person.hiredOn } : {}),
  };
}
