import { taroMock } from './taro-mock';

/** A person in the shape shared/schemas/api/views.ts personViewSchema describes. */
export function personView(name: string, schoolName: string | null = '城关一小') {
  return {
    id: `p-${name}`, name, countyId: 'c1', countyName: '示范县',
    schoolId: schoolName ? 's1' : null, schoolName, statuses: [],
  };
}

/** A row of `GET /local/demo-people` (shared/schemas/api/local.ts demoPersonViewSchema). */
export function demoRow(personId: string, name: string, roles: string[], schoolName: string | null = '城关一小') {
  return { personId, name, roles, schoolName, countyName: '示范县' };
}

export interface FakeServerOptions {
  demoPeople?: ReturnType<typeof demoRow>[];
  /** Binding code → roster name accepted by `POST /local/sign-in {name, code}`. */
  codes?: Record<string, string>;
  failDemoPeople?: boolean;
  /** Person ids the sign-in refuses (e.g. someone who left). */
  refuse?: string[];
  /** Roles whoami answers per name (default: teacher). */
  roles?: Record<string, string[]>;
  /** progress.mine per signed-in name: the `data` to answer, or an error to fail with. */
  progress?: (name: string) => { data: unknown } | { error: { code: string; message: string } };
}

/**
 * Programs taroMock.request to answer like the local server (docs/api-contract.md):
 * demo people, sign-in by personId or name+code, identity.whoami and (when `progress` is
 * given) progress.mine by bearer token.
 * Returns the list of calls it saw, for assertions.
 */
export function fakeLocalServer(opts: FakeServerOptions = {}) {
  const sessions = new Map<string, string>();
  const people = opts.demoPeople ?? [
    demoRow('p-王芳', '王芳', ['teacher']),
    { ...demoRow('p-李强', '李强', ['teacher', 'principal']), note: '本校审核人' },
  ];
  const calls: Array<{ url: string; method: string; data: unknown; auth?: string }> = [];
  const ok = (data: unknown) => Promise.resolve({ statusCode: 200, header: {}, data: { ok: true, data } });
  const fail = (code: string, message: string) => Promise.resolve({ statusCode: 200, header: {}, data: { ok: false, error: { code, message } } });

  taroMock.request.mockImplementation((req: { url: string; method: string; data: Record<string, string>; header: Record<string, string> }) => {
    calls.push({ url: req.url, method: req.method, data: req.data, auth: req.header.Authorization });
    if (req.url === '/local/demo-people') {
      return opts.failDemoPeople ? Promise.reject(new TypeError('Failed to fetch')) : ok({ people });
    }
    if (req.url === '/local/sign-in') {
      const byId = opts.refuse?.includes(req.data.personId ?? '') ? undefined : people.find((p) => p.personId === req.data.personId);
      const byCode = req.data.code && opts.codes?.[req.data.code] === req.data.name ? req.data.name : undefined;
      const name = byId?.name ?? byCode;
      if (!name) return fail('NOT_FOUND', '姓名或绑定码不正确');
      const token = `token-${name}`;
      sessions.set(token, name);
      return ok({ token, person: personView(name) });
    }
    if (req.url === '/local/sign-out') {
      sessions.delete((req.header.Authorization ?? '').replace('Bearer ', ''));
      return ok({ signedOut: true });
    }
    if (req.url === '/api/fn/identity' && req.data.action === 'whoami') {
      const name = sessions.get((req.header.Authorization ?? '').replace('Bearer ', ''));
      if (!name) return fail('UNAUTHENTICATED', '请先登录');
      const roles = (opts.roles?.[name] ?? ['teacher']).map((role) => ({ role, countyId: 'c1', schoolId: 's1' }));
      return ok({ bound: true, person: personView(name), roles });
    }
    if (req.url === '/api/fn/progress' && req.data.action === 'mine' && opts.progress) {
      const name = sessions.get((req.header.Authorization ?? '').replace('Bearer ', ''));
      if (!name) return fail('UNAUTHENTICATED', '请先登录');
      const answer = opts.progress(name);
      return 'data' in answer ? ok(answer.data) : fail(answer.error.code, answer.error.message);
    }
    return Promise.resolve({ statusCode: 404, header: {}, data: null });
  });
  return { calls };
}
