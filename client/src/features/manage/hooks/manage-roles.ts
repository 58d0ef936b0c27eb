import type { RemoteState } from '@/hooks/use-remote';
import type { WhoamiData } from '@/services/whoami';

/** What 管理 offers this person. */
export type ManageView =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'signed-out' }
  | { kind: 'teacher-only'; name: string }
  | { kind: 'manager'; name: string; schoolName: string | null; reviewer: boolean; countyAdmin: boolean; countyName: string };

/** Decides the hub from whoami (pure, for tests). */
export function manageView(whoami: RemoteState<WhoamiData>): ManageView {
  if (whoami.status === 'loading') return { kind: 'loading' };
  if (whoami.status === 'error') return { kind: 'error', message: whoami.error.message };
  if (!whoami.data.bound) return { kind: 'signed-out' };
  const roles = whoami.data.roles.map((r) => r.role);
  const reviewer = roles.includes('principal') || roles.includes('credit-officer');
  const countyAdmin = roles.includes('county-admin');
  const { person } = whoami.data;
  if (!reviewer && !countyAdmin) return { kind: 'teacher-only', name: person.name };
  return { kind: 'manager', name: person.name, schoolName: person.schoolName, reviewer, countyAdmin, countyName: person.countyName };
}
