import { collections } from '../../../../../shared/schemas/domain/collections';
import type { PersonDoc } from '../../../../../shared/schemas/domain/person';
import type { RecordDoc } from '../../../../../shared/schemas/domain/record-doc';
import type { RoleAssignmentDoc } from '../../../../../shared/schemas/domain/role-assignment';
import {
  summaryId, summaryMarkId, type SchoolAggregate, type SummaryMarkDoc, type TeacherSummaryDoc,
} from '../../../../../shared/schemas/domain/teacher-summary';
import type { Deps } from '../../../deps';
import type { PolicyInForce } from '../../policy/policy-in-force';
import { addMinutes, chinaDate } from '../../support/time';
import { fallingBehindOn, membership, rowsOf, teachersAmong } from './summary-queries';
import { aggregate, canonical, categoriesOf, groupBySchool, policyKeyOf, recompute, sameRow } from './summary-rows';

export { aggregate, policyKeyOf, summarise } from './summary-rows';

/**
 * How far back each refresh looks again. A change is stamped with its writer's clock
 * before it commits, so a refresh may run between the stamp and the commit; looking a
 * few minutes back catches those (and small clock differences between instances).
 */
export const LOOK_BACK_MINUTES = 5;

/**
 * Brings one county-year's teacher summaries up to date; returns the mark. Callers then
 * read the rows they need (a school's, or the county's).
 * - First call, or a new publication: every teacher is computed, and rows of those who no
 *   longer hold the role removed.
 * - Teacher roles granted or removed since the mark (count differs, or a grant is newer than
 *   the watermark): the role set is read and compared with the rows — joiners computed, rows
 *   of those who lost the role removed.
 * - First refresh of a Beijing day: 进行中 rows the calendar has overtaken are recomputed
 *   (落后 depends on the share of the year gone; a teacher who never submits must still
 *   turn 落后).
 * - Always: teachers whose records or roster entry changed since the watermark are recomputed
 *   (left, or without a school → row removed; a changed person without a row is computed only
 *   when she holds the teacher role).
 * Writes only what changed: a recomputed row equal to the stored one (apart from computedAt)
 * is not rewritten, only schools whose rows changed are re-totalled, and the mark is written
 * only when its content changes or the watermark can move past a change it found — a read
 * of a quiet county writes nothing. Not moving the watermark is always safe: the next
 * refresh merely looks at a longer window. Idempotent: two refreshes racing write the same rows.
 */
export async function refreshSummaries(deps: Deps, countyId: string, year: number, policy: PolicyInForce): Promise<SummaryMarkDoc> {
  const now = deps.clock();
  const today = chinaDate(now);
  const policyKey = policyKeyOf(policy);
  const teacherRole = { countyId, role: 'teacher' };
  const [mark, roleCount] = await Promise.all([
    deps.store.get<SummaryMarkDoc>(collections.summaryMarks, summaryMarkId(countyId, year)),
    deps.store.count(collections.roles, teacherRole),
  ]);
  const rebuild = !mark || mark.policyKey !== policyKey;
  const affected = new Set<string>();
  const removed = new Set<string>();
  const stamps: string[] = []; // when each change found since the watermark was made
  let teachers: Set<string> | null = null;
  let old = new Map<string, TeacherSummaryDoc>();
  if (rebuild) {
    const m = await membership(deps, countyId, year);
    teachers = m.teachers;
    old = m.existing;
    teachers.forEach((id) => affected.add(id));
    // Rows of people who lost the role before this rebuild: later refreshes see the same
    // role count as the new mark and would never look for them again.
    m.existing.forEach((_row, id) => { if (!m.teachers.has(id)) removed.add(id); });
  } else {
    const since = { gte: mark.changesSince };
    const [records, people, granted] = await Promise.all([
      deps.store.find<RecordDoc>(collections.records, { countyId, updatedAt: since }),
      deps.store.find<PersonDoc>(collections.people, { countyId, updatedAt: since }),
      deps.store.find<RoleAssignmentDoc>(collections.roles, { ...teacherRole, grantedAt: since }),
    ]);
    for (const r of records) { affected.add(r.teacherId); stamps.push(r.updatedAt); }
    // Once a day: 进行中 rows the calendar has overtaken (nobody's change would bring them up).
    if (mark.standingDay !== today) (await fallingBehindOn(deps, countyId, year, today)).forEach((id) => affected.add(id));
    for (const p of people) { affected.add(p._id); stamps.push(p.updatedAt); }
    granted.forEach((g) => stamps.push(g.grantedAt));
    if (granted.length > 0 || roleCount !== mark.teacherRoles) {
      const m = await membership(deps, countyId, year);
      teachers = m.teachers;
      old = m.existing;
      teachers.forEach((id) => { if (!m.existing.has(id)) affected.add(id); });
      m.existing.forEach((_row, id) => { if (!m.teachers.has(id)) removed.add(id); });
    } else {
      old = await rowsOf(deps, countyId, year, [...affected]);
      // Without a role change, a changed person with no row is new here only if she teaches.
      const rowless = [...affected].filter((id) => !old.has(id));
      const teaching = await teachersAmong(deps, countyId, rowless);
      rowless.forEach((id) => { if (!teaching.has(id)) affected.delete(id); });
    }
  }
  const candidates = [...affected].filter((id) => !removed.has(id) && (teachers === null || teachers.has(id)));
  const { fresh, gone } = await recompute(deps, candidates, policy, year, now);
  gone.forEach((id) => removed.add(id));
  const changed = fresh.filter((s) => !sameRow(s, old.get(s.teacherId)));
  const removals = [...removed].filter((id) => old.has(id));
  // Schools whose totals move: where changed teachers are now, and where they were before.
  const touched = new Set(changed.map((s) => s.schoolId));
  for (const id of [...changed.map((s) => s.teacherId), ...removals]) {
    const before = old.get(id);
    if (before) touched.add(before.schoolId);
  }
  for (let i = 0; i < Math.max(changed.length, removals.length); i += 500) {
    const sets = changed.slice(i, i + 500);
    const removes = removals.slice(i, i + 500);
    await deps.store.transaction(async (tx) => {
      for (const s of sets) await tx.set(collections.teacherSummaries, s);
      for (const id of removes) await tx.remove(collections.teacherSummaries, summaryId(countyId, year, id));
    });
  }
  const schools: Record<string, SchoolAggregate> = rebuild || !mark ? {} : { ...mark.schools };
  if (rebuild) for (const [schoolId, rows] of groupBySchool(fresh)) schools[schoolId] = aggregate(rows);
  else {
    for (const schoolId of touched) {
      schools[schoolId] = aggregate(await deps.store.find<TeacherSummaryDoc>(collections.teacherSummaries, { schoolId, year }));
    }
  }
  const next: SummaryMarkDoc = {
    _id: summaryMarkId(countyId, year), countyId, year, policyKey,
    changesSince: addMinutes(now, -LOOK_BACK_MINUTES),
    teacherRoles: roleCount,
    categories: rebuild || !mark ? categoriesOf(policy, year, now) : mark.categories,
    schools,
    refreshedAt: now,
    standingDay: today,
  };
  const contentChanged = rebuild || roleCount !== mark.teacherRoles || mark.standingDay !== today || canonical(schools) !== canonical(mark.schools);
  const watermarkPassesAChange = stamps.some((at) => at < next.changesSince);
  if (!contentChanged && !watermarkPassesAChange) return mark;
  await deps.store.transaction((tx) => tx.set(collections.summaryMarks, next));
  return next;
}
