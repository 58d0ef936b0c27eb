/**
 * The world the authorization matrix runs in: the seeded demo county (通榆, two
 * schools) plus a second county (永吉) written directly, and one signed-in
 * session per kind of caller. Targets and fresh records are made in-process
 * through the registry (setup), the action under test always goes over HTTP.
 */
import { createSessionBook } from '../../../../cloudfunctions/_local/sessions';
import { demoOpenidOf } from '../../../../cloudfunctions/_local/seed/cast';
import { adminOpenid } from '../../../../cloudfunctions/_local/seed/run-seed';
import { createQrCodeImage } from '../../../../cloudfunctions/_core/adapters/qrcode/qr-code-image';
import { createStaticIdentity } from '../../../../cloudfunctions/_core/adapters/local/static-identity';
import { functions, type FunctionName } from '../../../../cloudfunctions/_core/registry';
import { collections } from '../../../../shared/schemas/domain/collections';
import { bindingDocSchema } from '../../../../shared/schemas/domain/binding';
import { countyDocSchema } from '../../../../shared/schemas/domain/county';
import { personDocSchema, type PersonDoc } from '../../../../shared/schemas/domain/person';
import { roleAssignmentDocSchema, roleAssignmentId } from '../../../../shared/schemas/domain/role-assignment';
import { schoolDocSchema } from '../../../../shared/schemas/domain/school';
import { startHarness, TEST_NOW, type Harness } from '../harness';

export type CallerKey = 'teacher' | 'reviewer' | 'admin' | 'unbound' | 'anonymous';
/** self = the caller's own; own = her school (her county for the admin); other = the other school; county2 = another county. */
export type Scope = 'self' | 'own' | 'other' | 'county2';

export const county1 = 'county-tongyu';
export const county2 = 'county-yongji';
export const schoolOf = { own: 'school-tongyu-1z', other: 'school-tongyu-xh', county2: 'school-yongji-sy' } as const;

/** Openids of the people the matrix uses (the demo seed's stand-ins, plus 永吉). */
export const openids = {
  teacher: demoOpenidOf('zhaol'), reviewer: demoOpenidOf('wangjg'), admin: adminOpenid,
  officer: demoOpenidOf('sunlh'), xinhuaPrincipal: demoOpenidOf('lixm'),
  ownTarget: demoOpenidOf('chenj'), otherTarget: demoOpenidOf('zhengk'),
  county2Teacher: 'local-test-yj-teacher', county2Admin: 'local-test-yj-admin',
} as const;

export interface MatrixWorld {
  h: Harness;
  tokens: Record<CallerKey, string | null>;
  /** A brand-new unbound session (for cells that bind it). */
  freshUnboundToken(): Promise<string>;
  /** A session signed in as this openid (callers beyond the four of the main table). */
  sessionFor(openid: string): Promise<string>;
  /** Calls a function in-process as `openid` (setup only); fails loudly on ok:false. */
  setup<T = Record<string, unknown>>(fn: FunctionName, event: Record<string, unknown>, openid: string): Promise<T>;
  personIdOf(openid: string): Promise<string>;
  nextId(): string;
}

async function addSecondCounty(h: Harness): Promise<void> {
  const t = TEST_NOW;
  const person = (id: string, schoolId: string | null, name: string, openid: string) => personDocSchema.parse({
    _id: id, countyId: county2, schoolId, name, statuses: [], bindingCodeHash: null, bindingCodeSalt: null, bindingCodeExpiresAt: null,
    boundOpenid: openid, active: true, version: 1, createdAt: t, updatedAt: t,
  });
  const role = (personId: string, r: 'teacher' | 'county-admin', schoolId: string | null) => roleAssignmentDocSchema.parse({
    _id: roleAssignmentId(personId, r, schoolId ?? county2), personId, role: r, countyId: county2, schoolId, grantedBy: 'test', grantedAt: t,
  });
  const docs: [string, { _id: string }][] = [
    [collections.counties, countyDocSchema.parse({ _id: county2, name: '永吉县', region: '吉林省吉林市', createdAt: t })],
    [collections.schools, schoolDocSchema.parse({ _id: schoolOf.county2, countyId: county2, name: '永吉县实验小学', createdAt: t })],
    [collections.people, person('yj-admin', null, '韩冬梅', openids.county2Admin)],
    [collections.people, person('yj-teacher', schoolOf.county2, '韩雪', openids.county2Teacher)],
    [collections.roles, role('yj-admin', 'county-admin', null)],
    [collections.roles, role('yj-teacher', 'teacher', schoolOf.county2)],
    [collections.bindings, bindingDocSchema.parse({ _id: openids.county2Admin, openid: openids.county2Admin, personId: 'yj-admin', boundAt: t })],
    [collections.bindings, bindingDocSchema.parse({ _id: openids.county2Teacher, openid: openids.county2Teacher, personId: 'yj-teacher', boundAt: t })],
  ];
  await h.server.store.transaction(async (tx) => { for (const [c, d] of docs) await tx.set(c, d); });
}

export async function openMatrixWorld(): Promise<MatrixWorld> {
  const h = await startHarness();
  await addSecondCounty(h);
  const { store, files } = h.server;
  const sessions = createSessionBook(store);
  let counter = 0;
  const signInCodes = createQrCodeImage(() => 'http://matrix.local');
  const setup: MatrixWorld['setup'] = async (fn, event, openid) => {
    const result = await functions[fn](event, { store, files, identity: createStaticIdentity(openid), clock: () => TEST_NOW, log: () => undefined, signInCodes });
    if (!result.ok) throw new Error(`setup ${fn}.${String(event.action)} as ${openid}: ${result.error.code} ${result.error.message}`);
    return result.data as never;
  };
  await setup('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026', expectedVersion: 0 }, openids.county2Admin);
  const tokens: Record<CallerKey, string | null> = {
    teacher: await sessions.open(openids.teacher, TEST_NOW),
    reviewer: await sessions.open(openids.reviewer, TEST_NOW),
    admin: await sessions.open(openids.admin, TEST_NOW),
    unbound: await sessions.open('local-test-unbound', TEST_NOW),
    anonymous: null,
  };
  return {
    h, tokens, setup,
    freshUnboundToken: () => sessions.open(`local-test-fresh-${(counter += 1)}`, TEST_NOW),
    sessionFor: (openid) => sessions.open(openid, TEST_NOW),
    async personIdOf(openid) {
      const binding = await store.get<{ _id: string; personId: string }>(collections.bindings, openid);
      if (!binding) throw new Error(`no binding for ${openid}`);
      const person = await store.get<PersonDoc>(collections.people, binding.personId);
      return (person as PersonDoc)._id;
    },
    nextId: () => `m${String((counter += 1)).padStart(5, '0')}`,
  };
}
