import { auditActionLabels } from '../../../../shared/registers';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { AuditAction, AuditEntryDoc } from '../../../../shared/schemas/domain/audit-entry';
import { roleLabels, type Role } from '../../../../shared/schemas/domain/common';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { AuditItem } from '../../../../shared/schemas/api/registers';
import type { Caller } from '../../auth/resolve-caller';
import type { Deps } from '../../deps';
import type { Filter } from '../../ports/document-store';
import { byIds } from '../support/by-ids';
import { addDays, chinaDayStart } from '../support/time';
import { registerSchool, registerSchools } from './register-scope';

export interface AuditQuery { schoolId?: string; actions?: AuditAction[]; from?: string; to?: string; limit?: number; skip?: number }

function describe(entry: AuditEntryDoc, records: Map<string, RecordDoc>, people: Map<string, PersonDoc>): string {
  const after = (entry.after ?? entry.before ?? {}) as Record<string, unknown>;
  switch (entry.targetCollection) {
    case collections.records: return records.get(entry.targetId)?.input.title ?? '（培训记录）';
    case collections.people: return people.get(entry.targetId)?.name ?? '（名册人员）';
    case collections.roles: {
      const [role, , personId] = entry.targetId.split(':');
      const who = personId ? people.get(personId)?.name ?? '' : '';
      const label = roleLabels[role as Role] ?? role;
      return `${who}：${entry.after ? '授予' : '取消'}${label}`;
    }
    case collections.policyVersions: return `${String(after.policyId ?? '')} ${String(after.year ?? '')} 年度 第 ${String(after.version ?? '')} 版`;
    case collections.exports: return String(after.fileName ?? '登记表');
    default: return entry.targetId;
  }
}

/**
 * registers.audit: recent actions from the audit log, newest first — one
 * school's (its reviewers; a county admin naming it) or the whole county's
 * (county admin), optionally filtered by action and Beijing dates.
 */
export async function listAudit(deps: Deps, caller: Caller, input: AuditQuery): Promise<{ items: AuditItem[]; total: number }> {
  const { countyId, county, schools } = await registerSchools(deps, caller);
  const filter: Filter = input.schoolId !== undefined || !county
    ? { schoolId: (await registerSchool(deps, caller, input.schoolId))._id }
    : { countyId };
  if (input.actions) filter.action = { in: input.actions };
  if (input.from || input.to) {
    filter.at = {
      ...(input.from ? { gte: chinaDayStart(input.from) } : {}),
      ...(input.to ? { lt: addDays(chinaDayStart(input.to), 1) } : {}),
    };
  }
  const [entries, total] = await Promise.all([
    deps.store.find<AuditEntryDoc>(collections.audit, filter, { orderBy: [{ field: 'at', direction: 'desc' }], limit: input.limit ?? 50, skip: input.skip ?? 0 }),
    deps.store.count(collections.audit, filter),
  ]);
  const personIds = entries.flatMap((e) => [e.actorId, ...(e.targetCollection === collections.people ? [e.targetId] : []),
    ...(e.targetCollection === collections.roles ? [e.targetId.split(':')[2] ?? ''] : [])]);
  const [people, records] = await Promise.all([
    byIds<PersonDoc>(deps.store, collections.people, personIds.filter(Boolean)),
    byIds<RecordDoc>(deps.store, collections.records, entries.filter((e) => e.targetCollection === collections.records).map((e) => e.targetId)),
  ]);
  const schoolNames = new Map(schools.map((s) => [s._id, s.name]));
  
  return {
    total,
    items: entries.map((e) => ({
      id: e._id, at: e.at, action: e.action, actionLabel: auditActionLabels[e.action], actorId: e.actorId,
      actorName: people.get(e.actorId)?.name ?? (e.action === 'identity.bind' ? '（本人）' : '（未知）'),
      targetCollection: e.targetCollection, targetId: e.targetId, targetLabel: describe(e, records, people),
      schoolId: e.schoolId ?? null, schoolName: e.schoolId ? schoolNames.get(e.schoolId) ?? null : null, note: e.note ?? null,
    })),
  };
}
