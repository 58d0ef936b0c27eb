/** Public surface of the school/county report feature (学校、全县、单个教师). */
export { SchoolTable } from './components/school-table';
export { CountyTable } from './components/county-table';
export { TeacherReportView } from './components/teacher-report';
export { useSchoolTeachers, useTeacherReport, useCountyOverview } from './hooks/use-school-teachers';
