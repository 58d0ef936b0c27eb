/** Public surface of the progress feature (本年度进度 on 首页). */
export { ProgressCard, type ProgressCardProps } from './components/progress-card';
export { ProgressReportView } from './components/progress-report-view';
export { useMyProgress, progressView, type ProgressView } from './hooks/use-my-progress';
export { fetchMyProgress, myProgressSchema, type MyProgress } from './api/mine';
