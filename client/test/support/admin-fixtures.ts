/**
 * Answers of the county-admin functions (registers, roster, policy, audit) for client tests,
 * built from the demo county the local stack seeds (cloudfunctions/_local/seed/cast.ts), the
 * shared built-in policies and label tables, and parsed with the shared zod schemas the client
 * parses with — so a fixture that drifts from the contract fails here, not in a screen.
 */
import { describePolicy, policyDiff } from '@shared/policy-view';
import { getPolicy, listPolicies } from '@shared/policies';
import { auditActionLabels } from '@shared/registers/audit-labels';
import { auditData, auditEvent, exportData, exportsData, schoolsData, type ExportView } from '@shared/schemas/api/registers';
import { policyGetData, policyListData, publishData } from '@shared/schemas/api/policy';
import { inviteData, rosterListData, rosterListEvent, setRoleData } from '@shared/schemas/api/roster';
import { policyRefSchema, type PolicyRef } from '@shared/schemas/api/views';
import { exportKindLabels, type ExportKind } from '@shared/schemas/domain/export-log';
import type { AuditAction } from '@shared/schemas/domain/audit-entry';
import type { Role } from '@shared/schemas/domain/common';
import { cast, demoAdmin, demoCounty, demoSchools, schoolOf } from '../../../cloudfunctions/_local/seed/cast';

export const countyId = demoCounty._id;
export const schools = demoSchools.map((s) => ({ id: s._id, name: s.name }));

/** registers.schools for the county admin 刘淑琴: every school of 通榆县, and the county table. */
export const adminScope = () => schoolsData.parse({ countyId, countyName: demoCounty.name, county: true, schools });

/** The publication of tongyu-2026 the county works under (version `version` for `year`). */
export const publication = (year: number, version = 1): PolicyRef =>
  policyRefSchema.parse({ countyId, year, version, policyId: 'tongyu-2026', publishedAt: `${year}-03-20T01:00:00.000Z` });

/** One register made by 刘淑琴 for a demo school, as the export log lists it. */
export function exportView(kind: ExportKind, year: number, n: number, schoolId: string = schools[0]!.id): ExportView {
  const school = schools.find((s) => s.id === schoolId)!;
  const at = `${year}-11-${String(10 + n).padStart(2, '0')}T06:00:00.000Z`;
  const ref = publication(year);
  return exportsData.shape.items.element.parse({
    id: `export-${n}`, kind, kindLabel: exportKindLabels[kind], countyId, schoolId: school.id, schoolName: school.name, teacherId: null,
    year, policy: { policyId: ref.policyId, version: ref.version, year, publishedAt: ref.publishedAt },
    exportedBy: demoAdmin._id, exportedByName: demoAdmin.name, at,
    fileName: `${school.name}_${exportKindLabels[kind]}_${year}年度_${year}11${10 + n}-1400.xlsx`,
    size: 20480 + n, sha256: String(n % 10).repeat(64), teacherCount: cast.filter((c) => schoolOf[c.school]._id === school.id).length,
  });
}

export const exportLog = (items: ExportView[]) => exportsData.parse({ items, total: items.length });

/** registers.card / school-table: the log entry plus its CloudBase temporary download URL. */
export function exportAnswer(view: ExportView) {
  const { policyId, version, year, publishedAt } = view.policy;
  return exportData.parse({
    export: view, fileId: `cloud://env/exports/${countyId}/${year}/${view.kind}-${view.id}.xlsx`,
    url: `https://tmp.tcb.qcloud.la/exports/${view.kind}-${view.id}.xlsx?sign=x`, policy: { countyId, year, version, policyId, publishedAt },
  });
}

/** The demo county's people as roster.list shows them (demo ids, masked phones, roles). */
export function rosterPeople(extraRoles: Record<string, Role[]> = {}) {
  return cast.map((c, i) => ({
    id: `person-${c.key}`, name: c.name, schoolId: schoolOf[c.school]._id, subject: c.subject,
    phoneMasked: i % 3 === 2 ? null : `139****${String(1000 + i * 37).slice(-4)}`,
    statuses: (c.statuses ?? []).map((s) => ({ status: s.status, ...(s.years ? { years: s.years } : {}) })),
    roles: ['teacher', ...(c.extraRoles ?? []), ...(extraRoles[c.key] ?? [])] as Role[], bound: !c.unbound, active: true,
  }));
}

/** roster.list for the event sent (checked with its schema): `people` filtered like the server (school, name fragment), one page. */
export function rosterPage(people: ReturnType<typeof rosterPeople>, sent: object) {
  const event = rosterListEvent.parse({ ...sent, action: 'list' });
  const hits = people.filter((p) => (!event.schoolId || p.schoolId === event.schoolId) && (!event.query || p.name.includes(event.query)));
  const skip = event.skip ?? 0;
  return rosterListData.parse({ items: hits.slice(skip, skip + (event.limit ?? 50)), total: hits.length });
}

export const setRoleAnswer = (personId: string, roles: Role[]) => setRoleData.parse({ personId, roles });
export const inviteAnswer = (personId: string, name: string, code: string) =>
  inviteData.parse({ personId, name, code, expiresAt: '2026-12-31T16:00:00.000Z' });

/** policy.list: the real built-in templates and this county's publications. */
export const policyList = (published: PolicyRef[], canPublish = true) =>
  policyListData.parse({ templates: listPolicies().map((p) => ({ id: p.id, name: p.name, years: p.years })), published, canPublish });

/** policy.get: a built-in policy (published = null) or a publication's data. */
export const policyAnswer = (policyId: string, published: PolicyRef | null) => policyGetData.parse({ policy: getPolicy(policyId), published });
export const publishAnswer = (ref: PolicyRef) => publishData.parse({ published: ref });

/** What the policy screen derives (shared policy-view), so tests name lines without typing them. */
export const policyLines = (policyId: string) => describePolicy(getPolicy(policyId)!).flatMap((s) => s.lines);
export const policyChanges = (fromId: string, toId: string) => policyDiff(getPolicy(fromId), getPolicy(toId)!);

const targetOf: Record<string, string> = { review: 'records', records: 'records', roster: 'roles', registers: 'exports' };
const auditCycle: AuditAction[] = ['review.approve', 'review.return', 'records.submit', 'roster.set-role', 'registers.export'];

/** `n` audit entries of the demo county, newest first, cycling through common actions. */
export function auditEntries(n: number, year: number) {
  return Array.from({ length: n }, (_, i) => {
    const action = auditCycle[i % auditCycle.length]!;
    const who = cast[i % cast.length]!;
    const school = schoolOf[who.school];
    const at = new Date(Date.UTC(year, 10, 20, 8) - i * 3_600_000).toISOString();
    return auditData.shape.items.element.parse({
      id: `audit-${i + 1}`, at, action, actionLabel: auditActionLabels[action], actorId: demoAdmin._id, actorName: demoAdmin.name,
      targetCollection: targetOf[action.split('.')[0]!] ?? 'records', targetId: `target-${i + 1}`,
      targetLabel: `${who.name}（第 ${i + 1} 条）`, schoolId: school._id, schoolName: school.name, note: null,
    });
  });
}

/** registers.audit for the event sent (checked with its schema): filtered by action and school, then one page (limit/skip) — the way the server pages. */
export function auditPage(entries: ReturnType<typeof auditEntries>, sent: object) {
  const event = auditEvent.parse({ ...sent, action: 'audit' });
  const hits = entries.filter((e) => (!event.actions || event.actions.includes(e.action)) && (!event.schoolId || e.schoolId === event.schoolId));
  const skip = event.skip ?? 0;
  return auditData.parse({ items: hits.slice(skip, skip + (event.limit ?? 50)), total: hits.length });
}
