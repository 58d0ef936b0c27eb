import type { SessionListRow } from '../../../../shared/registers';
import type { Deps } from '../../deps';
import { expectedTeachers, sessionCollections, sessionKindLabel, sessionStatusLabels, type AttendanceFacts, type SessionFacts } from './session-facts';

/**
 * The 培训签到 rows of a 学分统计表: the county's sessions of `year` (not cancelled),
 * or — for one school — its own 校本研修 and the county sessions expecting it, each
 * with expected / signed-in / credited counts (for a school: its teachers only).
 * Three queries per session; a county holds tens of sessions a year, not thousands.
 */
export async function sessionListRows(deps: Deps, countyId: string, year: number, schoolId?: string): Promise<SessionListRow[]> {
  const sessions = (await deps.store.find<SessionFacts>(sessionCollections.sessions, { countyId, date: { gte: `${year}-01-01`, lte: `${year}-12-31` } }))
    .filter((s) => s.status !== 'cancelled')
    .filter((s) => !schoolId || s.schoolId === schoolId || (s.scope === 'county' && (s.expected.schoolIds.length === 0 || s.expected.schoolIds.includes(schoolId))));
  const rows: SessionListRow[] = [];
  for (const s of sessions) {
    const [expected, attendance] = await Promise.all([
      expectedTeachers(deps, s),
      deps.store.find<AttendanceFacts>(sessionCollections.attendance, { sessionId: s._id }),
    ]);
    const mine = <T extends { schoolId: string }>(list: T[]) => (schoolId ? list.filter((x) => x.schoolId === schoolId) : list);
    if (schoolId && mine(expected).length === 0 && mine(attendance).length === 0) continue;
    rows.push({
      title: s.template.title, kindLabel: sessionKindLabel(s), date: s.date, hours: s.hours, expected: mine(expected).length,
      signedIn: mine(attendance).filter((a) => a.signedInAt).length, credited: mine(attendance).filter((a) => a.outcome === 'credited').length,
      statusLabel: sessionStatusLabels[s.status],
    });
  }
  return rows;
}
