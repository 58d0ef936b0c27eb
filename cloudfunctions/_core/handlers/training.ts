import { trainingEvent } from '../../../shared/schemas/api/training';
import { resolveCaller } from '../auth/resolve-caller';
import { requireTeacher } from '../auth/scope';
import { closeSession } from '../use-cases/training/close-session';
import { assessSession, cancelSession, createSession, updateSession } from '../use-cases/training/manage-session';
import { getSession, listSessions, mySessions } from '../use-cases/training/read-sessions';
import { issueCode, markAttendance, signIn, signOut } from '../use-cases/training/sign-in';
import { defineFunction } from './define-function';

/** training: sessions, sign-in codes, attendance, close → credit (decision 016). */
export const trainingFunction = defineFunction('training', trainingEvent, {
  list: async (e, deps) => listSessions(deps, await resolveCaller(deps), e),
  get: async (e, deps) => getSession(deps, await resolveCaller(deps), e),
  create: async (e, deps) => createSession(deps, await resolveCaller(deps), e),
  update: async (e, deps) => updateSession(deps, await resolveCaller(deps), e),
  cancel: async (e, deps) => cancelSession(deps, await resolveCaller(deps), e),
  code: async (e, deps) => issueCode(deps, await resolveCaller(deps), e),
  'sign-in': async (e, deps) => { const c = await resolveCaller(deps); requireTeacher(c); return signIn(deps, c, e); },
  'sign-out': async (e, deps) => { const c = await resolveCaller(deps); requireTeacher(c); return signOut(deps, c, e); },
  mark: async (e, deps) => markAttendance(deps, await resolveCaller(deps), e),
  assess: async (e, deps) => assessSession(deps, await resolveCaller(deps), e),
  close: async (e, deps) => closeSession(deps, await resolveCaller(deps), e),
  mine: async (e, deps) => { const c = await resolveCaller(deps); requireTeacher(c); return mySessions(deps, c, e); },
});
