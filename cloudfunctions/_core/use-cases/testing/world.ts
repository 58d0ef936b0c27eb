/**
 * Test world for use-case tests: a temp-file SQLite store and disk file store,
 * one county with two schools and another county, people with roles and
 * WeChat bindings, and `call(fn, event, as)` through the real registry.
 * Test-only; never imported by product code.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDiskFileStore } from '../../adapters/local/disk-file-store';
import { createSqliteDocumentStore, type SqliteDocumentStore } from '../../adapters/local/sqlite-document-store';
import { createStaticIdentity } from '../../adapters/local/static-identity';
import { createQrCodeImage } from '../../adapters/qrcode/qr-code-image';
import { createSharpImageNormalizer } from '../../adapters/sharp/sharp-image-normalizer';
import type { Deps } from '../../deps';
import type { FileStore } from '../../ports/file-store';
import { functions, type FunctionName, type FunctionResult } from '../../registry';
import { collections } from '../../../../shared/schemas/domain/collections';
import { domainIndexes } from '../../../../shared/schemas/domain/indexes';
import { personDocSchema, type PersonDoc } from '../../../../shared/schemas/domain/person';
import { roleAssignmentDocSchema, roleAssignmentId } from '../../../../shared/schemas/domain/role-assignment';
import type { Role } from '../../../../shared/schemas/domain/common';
import type { DocumentStore } from '../../ports/document-store';
import { tinyJpeg, tinyPdf, tinyPng } from '../../../../test/backend/uploads/craft-files';

export const T0 = '2026-06-01T02:00:00.000Z';

/** Who is who in the world. */
export const cast = {
  alice: { school: 's1', roles: ['teacher'] },
  bob: { school: 's1', roles: ['teacher'] },
  paula: { school: 's1', roles: ['teacher', 'principal'] },
  oscar: { school: 's1', roles: ['credit-officer'] },
  carol: { school: 's2', roles: ['teacher'] },
  quinn: { school: 's2', roles: ['teacher', 'principal'] },
  zoe: { school: null, roles: ['county-admin'] },
  yara: { school: null, county: 'c2', roles: ['county-admin'] },
  dave: { school: 's3', county: 'c2', roles: ['teacher'] },
  gone: { school: 's1', roles: ['teacher'], inactive: true },
} as const satisfies Record<string, { school: string | null; county?: string; roles: readonly Role[]; inactive?: boolean }>;
export type Who = keyof typeof cast | 'stranger' | 'anonymous';

export interface World {
  store: DocumentStore;
  files: FileStore;
  now: string;
  dir: string;
  deps(as: Who): Deps;
  call(fn: FunctionName, event: unknown, as: Who): Promise<FunctionResult>;
  /** Like call, but fails the test on ok:false and returns data. */
  ok<T = Record<string, unknown>>(fn: FunctionName, event: unknown, as: Who): Promise<T>;
  counts(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

export const openidOf = (who: Who): string | null => (who === 'anonymous' ? null : `oid-${who}`);

async function seed(store: DocumentStore): Promise<void> {
  await store.set(collections.counties, { _id: 'c1', name: '通榆县', region: '吉林省白城市', createdAt: T0 });
  await store.set(collections.counties, { _id: 'c2', name: '永吉县', region: '吉林省吉林市', createdAt: T0 });
  for (const [id, county, name] of [['s1', 'c1', '第一小学'], ['s2', 'c1', '第二中学'], ['s3', 'c2', '永吉实验学校']] as const) {
    await store.set(collections.schools, { _id: id, countyId: county, name, createdAt: T0 });
  }
  for (const [name, spec] of Object.entries(cast)) {
    const countyId = 'county' in spec ? spec.county : 'c1';
    const person: PersonDoc = personDocSchema.parse({
      _id: name, countyId, schoolId: spec.school, name, statuses: [], bindingCodeHash: null, bindingCodeSalt: null, bindingCodeExpiresAt: null,
      boundOpenid: `oid-${name}`, active: !('inactive' in spec), version: 1, createdAt: T0, updatedAt: T0,
    });
    await store.set(collections.people, person);
    await store.set(collections.bindings, { _id: `oid-${name}`, openid: `oid-${name}`, personId: name, boundAt: T0 });
    for (const role of spec.roles) {
      const scope = role === 'county-admin' ? countyId : (spec.school as string);
      await store.set(collections.roles, roleAssignmentDocSchema.parse({
        _id: roleAssignmentId(name, role, scope), personId: name, role, countyId,
        schoolId: role === 'county-admin' ? null : spec.school, grantedBy: 'seed', grantedAt: T0,
      }));
    }
  }
}

/** Opens a fresh world in a temp folder. */
export async function openWorld(): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), 'credits-uc-'));
  const store: SqliteDocumentStore = createSqliteDocumentStore({ file: join(dir, 'db.sqlite'), indexes: domainIndexes });
  const files = createDiskFileStore({ dataDir: dir });
  await seed(store);
  let counter = 0;
  const images = createSharpImageNormalizer();
  const world: World = {
    store, files, now: T0, dir,
    deps: (as) => ({
      store: world.store, files: world.files, identity: createStaticIdentity(openidOf(as)), clock: () => world.now, images,
      ids: () => `id${String(++counter).padStart(6, '0')}`,
      log: () => undefined,
      signInCodes: createQrCodeImage(() => 'http://test.local'),
    }),
    call: (fn, event, as) => functions[fn](event, world.deps(as)),
    async ok(fn, event, as) {
      const res = await world.call(fn, event, as);
      if (!res.ok) throw new Error(`${fn} failed: ${res.error.code} ${res.error.message}`);
      return res.data as never;
    },
    async counts() {
      const out: Record<string, number> = {};
      for (const c of Object.values(collections)) out[c] = await store.count(c, {});
      return out;
    },
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return world;
}

/** A valid record input (override what a test needs). */
export function recordInput(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: '2026 年县级骨干教师集中培训', organizer: '通榆县教师进修学校', hours: 24,
    startDate: '2026-04-10', endDate: '2026-04-12', form: '集中', level: '县', content: '专业', ...over,
  };
}

let requestCounter = 0;
/** A fresh client requestId. */
export const rid = (): string => `req-${Date.now().toString(36)}-${(++requestCounter).toString().padStart(4, '0')}`;

/** Smallest valid files of each accepted type, and one that is not. */
export const samples = {
  jpeg: tinyJpeg(),
  png: tinyPng(),
  pdf: tinyPdf(),
  exe: Buffer.from('MZ\x90\x00\x03\x00\x00\x00'),
};
