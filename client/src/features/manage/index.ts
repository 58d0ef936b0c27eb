/** Public surface of the manage feature (管理 tab hub: roles, pending badge, entries). */
export { ManageHub, manageRoutes, type ManageRoute } from './components/manage-hub';
export { manageView, type ManageView } from './hooks/manage-roles';
export { usePendingBadge, showPendingBadge, MANAGE_TAB_INDEX } from './hooks/use-pending-badge';
