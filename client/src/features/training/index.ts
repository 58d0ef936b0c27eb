/** Public surface of the training feature (organiser: 培训签到 list, 新建培训, the live sign-in screen). */
export { SessionList } from './components/session-list';
export { SessionDetailView } from './components/session-detail';
export { SessionCreate } from './components/session-create';
export { useSessionDetail } from './hooks/use-session-detail';
export { useSessionCreate } from './hooks/use-session-create';
export { fetchSessions } from './api/training';
