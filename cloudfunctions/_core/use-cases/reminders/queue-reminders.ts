import { pendingStatuses } from '../../../../shared/records/state-machine';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { RoleAssignmentDoc } from '../../../../shared/schemas/domain/role-assignment';
import type { Deps } from '../../deps';
import type { Filter } from '../../ports/document-store';
import { viewerOf } from '../../auth/resolve-caller';
import { byIds } from '../support/by-ids';
import { addDays, chinaDate, chinaTime } from '../support/time';
import { consentHolders, sendMessages, type MessageDraft, type SendTally } from './send-messages';

/** A record waiting longer than this many days puts its reviewer on the reminder list. */
export const QUEUE_WAIT_DAYS = 3;

/** Her queue's filter as review.queue builds it: the county (admin) or her schools; never her own records. */
function queueFilter(personId: string, roles: readonly RoleAssignmentDoc[], cutoff: string): Filter | null {
  const viewer = viewerOf(personId, roles);
  const scope: Filter | null = viewer.adminCountyIds.length > 0 ? { countyId: { in: [...viewer.adminCountyIds] } }
    : viewer.reviewerSchoolIds.length > 0 ? { schoolId: { in: [...viewer.reviewerSchoolIds] } } : null;
  if (!scope) return null;
  return { ...scope, status: { in: [...pendingStatuses] }, teacherId: { neq: personId }, submittedAt: { lt: cutoff } };
}

/**
 * Queue reminders of one county: each reviewer who opted in and whose queue holds a
 * record submitted more than {@link QUEUE_WAIT_DAYS} days ago is told how many wait.
 * At most one a day: `queue:<person>:<Beijing date>`.
 */
export async function queueReminders(deps: Deps, countyId: string): Promise<SendTally | null> {
  const holders = await consentHolders(deps, countyId, 'queue');
  if (holders.size === 0) return null;
  const now = deps.clock();
  const today = chinaDate(now);
  const cutoff = addDays(now, -QUEUE_WAIT_DAYS);
  const [people, roles] = await Promise.all([
    byIds<PersonDoc>(deps.store, collections.people, [...holders]),
    deps.store.find<RoleAssignmentDoc>(collections.roles, { personId: { in: [...holders] } }),
  ]);
  const drafts: MessageDraft[] = [];
  for (const person of people.values()) {
    const filter = queueFilter(person._id, roles.filter((r) => r.personId === person._id), cutoff);
    if (!filter) continue;
    const [count, oldest] = await Promise.all([
      deps.store.count(collections.records, filter),
      deps.store.find<RecordDoc>(collections.records, filter, { orderBy: [{ field: 'submittedAt', direction: 'asc' }], limit: 1 }),
    ]);
    const first = oldest[0];
    if (count === 0 || !first) continue;
    const since = chinaTime(first.submittedAt, 'YYYY年M月D日');
    drafts.push({
      id: `queue:${person._id}:${today}`,
      kind: 'queue',
      person,
      page: 'manage/queue/index',
      fields: { count: String(count), time: chinaTime(first.submittedAt, 'YYYY年MM月DD日 HH:mm'), note: `已等待超过 ${QUEUE_WAIT_DAYS} 天，请尽快审核` },
      text: `${person.name}：您的审核队列有 ${count} 条记录已等待超过 ${QUEUE_WAIT_DAYS} 天（最早 ${since} 提交），请尽快审核。`,
    });
  }
  return sendMessages(deps, drafts);
}
