import { useEffect, useRef } from 'react';
import type { ApiError, ApiResult } from '@/services/api-client';
import { useRemote, type RemoteState } from '@/hooks/use-remote';
import type { WhoamiData } from '@/services/whoami';
import { fetchMyProgress, type MyProgress } from '@/services/progress';
import { isSignedOut } from '@/components/remote-error';

/** What the 本年度进度 card shows. */
export type ProgressView =
  /** whoami still loading or failed: the greeting above already says so. */
  | { kind: 'hidden' }
  | { kind: 'signed-out' }
  /** Signed in without the teacher role (a pure county admin): no personal progress. */
  | { kind: 'not-teacher'; roles: string[] }
  | { kind: 'loading' }
  | { kind: 'error'; error: ApiError }
  | { kind: 'ready'; data: MyProgress };

interface Loaded { personId: string; progress: MyProgress }

/** Decides the card's state from whoami and the progress answer (pure, for tests). */
export function progressView(whoami: RemoteState<WhoamiData>, progress: RemoteState<Loaded>): ProgressView {
  if (whoami.status !== 'success') return { kind: 'hidden' };
  if (!whoami.data.bound) return { kind: 'signed-out' };
  const roles = whoami.data.roles.map((r) => r.role);
  if (!roles.includes('teacher')) return { kind: 'not-teacher', roles };
  if (progress.status === 'error') {
    // A lapsed session or a binding that went away: the same as not signed in.
    if (isSignedOut(progress.error)) return { kind: 'signed-out' };
    return { kind: 'error', error: progress.error };
  }
  // Why the id check: after switching person the previous person's figures must never show.
  if (progress.status === 'loading' || progress.data.personId !== whoami.data.person.id) return { kind: 'loading' };
  return { kind: 'ready', data: progress.data.progress };
}

/**
 * The signed-in teacher's progress for this year. Loads when whoami says a teacher is signed
 * in, and again whenever whoami is refreshed (首页 refreshes it each time the tab shows, so
 * a record approved meanwhile appears without a restart).
 */
export function useMyProgress(whoami: RemoteState<WhoamiData>): { view: ProgressView; reload: () => Promise<void> } {
  const personId = whoami.status === 'success' && whoami.data.bound ? whoami.data.person.id : null;
  const isTeacher = whoami.status === 'success' && whoami.data.bound && whoami.data.roles.some((r) => r.role === 'teacher');
  const personRef = useRef(personId);
  personRef.current = personId;

  const remote = useRemote(async (): Promise<ApiResult<Loaded>> => {
    const asked = personRef.current ?? '';
    const result = await fetchMyProgress();
    return result.ok ? { ok: true, data: { personId: asked, progress: result.data } } : result;
  }, false);

  const { reload } = remote;
  useEffect(() => {
    if (isTeacher) void reload();
    // `whoami` is a new object on every refresh: reload progress with it.
  }, [whoami, isTeacher, reload]);

  return { view: progressView(whoami, remote.state), reload };
}
