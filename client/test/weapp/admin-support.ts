/**
 * Shared set-up for the manage-admin subpackage tests: a stand-in for the cloud functions
 * that answers as the signed-in person (the county admin 刘淑琴 or the teacher 张雅梅), with
 * every event checked with the shared event schema and the server's own role checks and
 * words (cloudfunctions/_core/auth) deciding refusals;
 * answers held back (to see the loading state) or failed once (to see 重试); and the wx APIs
 * the pages use (downloadFile, openDocument, showModal, showToast) as mocks.
 */
import type { Caller } from '../../../cloudfunctions/_core/auth/resolve-caller';
import { viewerOf } from '../../../cloudfunctions/_core/auth/resolve-caller';
import { requireCountyAdmin, requireReviewer } from '../../../cloudfunctions/_core/auth/scope';
import { rosterCounty } from '../../../cloudfunctions/_core/use-cases/roster/roster-scope';
import { AppError } from '../../../cloudfunctions/_core/use-cases/app-error';
import type { z } from 'zod';
import { formatZodError } from '@shared/schemas/api/format-issues';
import { policyEvent } from '@shared/schemas/api/policy';
import { registersEvent } from '@shared/schemas/api/registers';
import { rosterEvent } from '@shared/schemas/api/roster';
import type { RoleAssignmentDoc } from '@shared/schemas/domain/role-assignment';
import { cast, demoAdmin, demoCounty, schoolOf } from '../../../cloudfunctions/_local/seed/cast';
import { bootApp, openPage, type CloudMock } from './harness';

export type Page = ReturnType<typeof openPage>;
export type Who = 'admin' | 'teacher';
type Data = Record<string, unknown> & { action: string };
/** Answer `data` for `fn.action` (e.g. 'registers.schools'); the event as sent. */
export type Handlers = Record<string, (event: Data) => unknown>;

const teacherOne = cast.find((c) => c.key === 'zhangym')!;
function callerOf(who: Who): Caller {
  const admin = who === 'admin';
  const personId = admin ? demoAdmin._id : `person-${teacherOne.key}`;
  const schoolId = admin ? null : schoolOf[teacherOne.school]._id;
  const roles = [{ personId, role: admin ? 'county-admin' : 'teacher', countyId: demoCounty._id, schoolId }] as RoleAssignmentDoc[];
  return { openid: `oid-${who}`, person: { _id: personId, countyId: demoCounty._id, schoolId }, roles, viewer: viewerOf(personId, roles) } as unknown as Caller;
}

/** For a handler: answer with the server's refusal (code + Chinese message), as a use-case would. */
export function refuse(code: 'NOT_FOUND' | 'POLICY_INVALID' | 'FORBIDDEN', message: string): never {
  throw new AppError(code, message);
}

/** Who may call what, as the functions decide it (policy.list/get: anyone of the county). */
const guards: Record<string, (c: Caller) => unknown> = {
  registers: requireReviewer,
  'registers.county-table': (c) => requireCountyAdmin(c),
  roster: rosterCounty,
  'policy.publish': (c) => requireCountyAdmin(c),
  'policy.roll-over': (c) => requireCountyAdmin(c),
};

function refusal(name: string, action: string, who: Who): { code: string; message: string } | null {
  const guard = guards[`${name}.${action}`] ?? guards[name];
  try {
    guard?.(callerOf(who));
    return null;
  } catch (err) {
    if (err instanceof AppError) return { code: err.code, message: err.message };
    throw err;
  }
}

/** Every event is checked with the function's shared schema first, as defineFunction does. */
const eventSchemas: Record<string, z.ZodType> = { registers: registersEvent, roster: rosterEvent, policy: policyEvent };

/** The fake backend: events seen, who is signed in, answers held or failed once. */
export function adminServer(handlers: Handlers) {
  const sent: Array<{ name: string } & Data> = [];
  const held = new Map<string, Promise<void>>();
  const failures = new Map<string, { code: string; message: string } | 'network'>();
  const state = { who: 'admin' as Who };
  const cloud: CloudMock = {
    init: jest.fn(),
    callFunction: jest.fn(async ({ name, data }: { name: string; data: Data }) => {
      const key = `${name}.${data.action}`;
      sent.push({ name, ...data });
      const wait = held.get(key);
      if (wait) { held.delete(key); await wait; }
      const failure = failures.get(key);
      if (failure) failures.delete(key);
      if (failure === 'network') throw { errMsg: 'cloud.callFunction:fail Error: network error' };
      const parsed = eventSchemas[name]?.safeParse(data, { reportInput: true });
      if (!parsed?.success) return { result: { ok: false, error: { code: 'INVALID_INPUT', message: parsed ? formatZodError(parsed.error) : `没有 ${name}` } } };
      const error = failure ?? refusal(name, data.action, state.who);
      if (error) return { result: { ok: false, error } };
      const handler = handlers[key];
      if (!handler) return { result: { ok: false, error: { code: 'NOT_IMPLEMENTED', message: `测试没有准备 ${key}` } } };
      try {
        return { result: { ok: true, data: handler(data) } };
      } catch (err) {
        if (err instanceof AppError) return { result: { ok: false, error: { code: err.code, message: err.message } } };
        throw err;
      }
    }),
  };
  return {
    cloud, sent,
    /** Signs in as someone else (the OPENID the platform would inject). */
    signIn(who: Who) { state.who = who; },
    /** The next `fn.action` call waits until the returned function is called. */
    hold(key: string): () => void {
      let release = () => {};
      held.set(key, new Promise<void>((r) => { release = r; }));
      return () => release();
    },
    /** The next `fn.action` call fails: a server error, or 'network' (the call never arrives). */
    failNext(key: string, error: { code: string; message: string } | 'network') { failures.set(key, error); },
    /** Events of one `fn.action`, without name/action. */
    events(key: string) {
      return sent.filter((e) => `${e.name}.${e.action}` === key).map(({ name: _n, action: _a, ...rest }) => rest);
    },
  };
}

const succeed = (errMsg: string, extra: Record<string, unknown> = {}) =>
  jest.fn((o: { success?: (r: unknown) => void; complete?: (r: unknown) => void }) => {
    const res = { errMsg, ...extra };
    o.success?.(res);
    o.complete?.(res);
  });

/** wx APIs the admin pages use; boot the app with them (Taro wraps what wx has at launch). */
export function adminWx() {
  return {
    downloadFile: jest.fn((o: { url: string; success?: (r: unknown) => void }) => {
      o.success?.({ statusCode: 200, tempFilePath: 'wxfile://tmp/register.xlsx', errMsg: 'downloadFile:ok' });
      return { onProgressUpdate: () => {}, offProgressUpdate: () => {}, abort: () => {} };
    }),
    openDocument: succeed('openDocument:ok'),
    showModal: succeed('showModal:ok', { confirm: true, cancel: false }),
    showToast: succeed('showToast:ok'),
  };
}

export function bootAdmin(server: ReturnType<typeof adminServer>, wx = adminWx()) {
  bootApp(server.cloud, wx);
  return wx;
}

export function tap(page: Page, selector: string): void {
  const el = page.querySelector(selector);
  if (!el) throw new Error(`找不到 ${selector}`);
  el.dispatchEvent('tap');
}

/** A Picker's choice (the selector names the Picker, or the field inside it). */
export function pick(page: Page, selector: string, value: number | string): void {
  const el = page.querySelector(selector);
  if (!el) throw new Error(`找不到 ${selector}`);
  el.dispatchEvent('change', { detail: { value } });
}
