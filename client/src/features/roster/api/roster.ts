import { z } from 'zod';
import { importData, inviteData, rosterListData, setRoleData, type RosterRow } from '@shared/schemas/api/roster';
import type { Role } from '@shared/schemas/domain/common';
import { callFunction, type ApiResult } from '@/services/api-client';

export type RosterPage = z.infer<typeof rosterListData>;
export type RosterPerson = RosterPage['items'][number];
export type ImportAnswer = z.infer<typeof importData>;
export type InviteAnswer = z.infer<typeof inviteData>;

/** roster.list: a page of people, by school and name fragment. */
export function fetchRoster(filter: { schoolId?: string; query?: string }, skip = 0): Promise<ApiResult<RosterPage>> {
  return callFunction('roster', 'list', { limit: 50, skip, ...(filter.schoolId ? { schoolId: filter.schoolId } : {}), ...(filter.query ? { query: filter.query } : {}) }, rosterListData);
}

/** roster.invite: a fresh binding code (shown once); `resetBinding` also unbinds her current WeChat. */
export function invitePerson(personId: string, resetBinding: boolean): Promise<ApiResult<InviteAnswer>> {
  return callFunction('roster', 'invite', { personId, ...(resetBinding ? { resetBinding: true } : {}) }, inviteData);
}

/** roster.set-role: grant or remove one role; the server decides who may (docs/security.md). */
export function setRole(personId: string, role: Role, grant: boolean): Promise<ApiResult<z.infer<typeof setRoleData>>> {
  return callFunction('roster', 'set-role', { personId, role, grant }, setRoleData);
}

/** roster.import: `dryRun` first (what would happen per row), then for real. */
export function importRoster(rows: RosterRow[], dryRun: boolean): Promise<ApiResult<ImportAnswer>> {
  return callFunction('roster', 'import', { rows, dryRun }, importData, { timeoutMs: 60_000 });
}
