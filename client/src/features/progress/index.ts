/** Public surface of the progress feature (本年度进度 on 首页, the 学分进度 page, the teacher report). */
export { ProgressCard, type ProgressCardProps } from './components/progress-card';
export { ProgressDetail, type ProgressDetailProps } from './components/progress-detail';
export { ProgressReportView } from './components/progress-report-view';
export { useMyProgress, progressView, type ProgressView } from './hooks/use-my-progress';
export { useProgressDetail } from './hooks/use-progress-detail';
export { fetchMyProgress, fetchRecordCredits, myProgressSchema, type MyProgress } from '@/services/progress';
export type { ReportTab } from '@/components/teacher-report/report-text';
