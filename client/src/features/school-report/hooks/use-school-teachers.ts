import { useEffect, useState } from 'react';
import type { Standing } from '@shared/schemas/domain/teacher-summary';
import { useRemote } from '@/hooks/use-remote';
import { fetchCounty, fetchTeacherReport, fetchTeachers, type TeachersQuery } from '../api/school-api';

/** The school table with its filter, sort and page; each change asks the server again. */
export function useSchoolTeachers(schoolId?: string) {
  const [query, setQuery] = useState<TeachersQuery>({ sort: 'shortfall', ...(schoolId ? { schoolId } : {}) });
  const remote = useRemote(() => fetchTeachers(query), false);
  const { reload } = remote;
  useEffect(() => { void reload(); }, [query, reload]);
  return {
    state: remote.state, query, reload,
    setSort: (sort: 'shortfall' | 'name') => setQuery((q) => ({ ...q, sort, skip: 0 })),
    setCategory: (categoryId?: string) => setQuery((q) => ({ ...q, categoryId, skip: 0 })),
    setStanding: (standing?: Standing) => setQuery((q) => ({ ...q, standing: q.standing === standing ? undefined : standing, skip: 0 })),
    setSkip: (skip: number) => setQuery((q) => ({ ...q, skip })),
  };
}

/** One teacher's full report (drill-down from the school table). */
export function useTeacherReport(teacherId: string, year?: number) {
  return useRemote(() => fetchTeacherReport(teacherId, year));
}

/** The county overview (county admin). */
export function useCountyOverview() {
  return useRemote(fetchCounty);
}
