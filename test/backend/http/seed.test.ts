/**
 * The demo seed: deterministic, valid against every stored-document schema,
 * every record status present, an audit entry behind every change, and kept
 * (not re-seeded) across restarts.
 */
import { collections } from '../../../shared/schemas/domain/collections';
import { auditEntryDocSchema } from '../../../shared/schemas/domain/audit-entry';
import { bindingDocSchema } from '../../../shared/schemas/domain/binding';
import { countyDocSchema } from '../../../shared/schemas/domain/county';
import { personDocSchema } from '../../../shared/schemas/domain/person';
import { policyVersionDocSchema } from '../../../shared/schemas/domain/policy-version';
import { recordDocSchema, type RecordDoc } from '../../../shared/schemas/domain/record-doc';
import { roleAssignmentDocSchema } from '../../../shared/schemas/domain/role-assignment';
import { schoolDocSchema } from '../../../shared/schemas/domain/school';
import { uploadDocSchema } from '../../../shared/schemas/domain/upload';
import { seedIfEmpty } from '../../../cloudfunctions/_local/seed';
import { startHarness, type Harness } from './harness';

const schemas = {
  [collections.counties]: countyDocSchema, [collections.schools]: schoolDocSchema, [collections.people]: personDocSchema,
  [collections.roles]: roleAssignmentDocSchema, [collections.bindings]: bindingDocSchema, [collections.records]: recordDocSchema,
  [collections.policyVersions]: policyVersionDocSchema, [collections.audit]: auditEntryDocSchema, [collections.uploads]: uploadDocSchema,
};

describe('demo seed', () => {
  let a: Harness;
  let b: Harness;
  beforeAll(async () => { [a, b] = await Promise.all([startHarness(), startHarness()]); });
  afterAll(async () => { await Promise.all([a.close(), b.close()]); });

  it('writes the same county twice (apart from the random binding codes)', async () => {
    const mask = (s: string) => s.replace(/"(bindingCodeHash|bindingCodeSalt|code)":"[^"]+"/g, '"$1":"*"');
    expect(mask(await a.snapshot())).toBe(mask(await b.snapshot()));
  });

  it('stores only documents that pass their schema', async () => {
    for (const [collection, schema] of Object.entries(schemas)) {
      const docs = await a.server.store.find(collection, {});
      expect([collection, docs.length > 0]).toEqual([collection, true]);
      for (const doc of docs) schema.parse(doc);
    }
  });

  it('has records in every status, returned ones with reasons, some with certificates', async () => {
    const records = await a.server.store.find<RecordDoc>(collections.records, {});
    const byStatus = (s: string) => records.filter((r) => r.status === s);
    for (const s of ['submitted', 'returned', 'resubmitted', 'approved', 'withdrawn']) expect([s, byStatus(s).length > 0]).toEqual([s, true]);
    for (const r of byStatus('returned')) expect(r.returnReason).toMatch(/[\u4e00-\u9fff]{4,}/);
    expect(records.filter((r) => r.certificates.length > 0).length).toBeGreaterThanOrEqual(4);
    expect(new Set(records.map((r) => r.year))).toEqual(new Set([2026]));
    expect(records.every((r) => r.submittedAt < '2026-11-21')).toBe(true);
  });

  it('leaves an audit entry for every step of every record', async () => {
    const records = await a.server.store.find<RecordDoc>(collections.records, {});
    const audit = await a.server.store.find<{ _id: string; targetId: string; action: string }>(collections.audit, {});
    for (const r of records) {
      const entries = audit.filter((e) => e.targetId === r._id);
      expect([r._id, entries.length]).toEqual([r._id, r.history.length]);
    }
    expect(audit.filter((e) => e.action === 'policy.publish')).toHaveLength(1);
    expect(audit.filter((e) => e.action === 'identity.bind')).toHaveLength(13);
  });

  it('is not re-run on a database that already holds it', async () => {
    const before = await a.snapshot();
    expect(await seedIfEmpty(a.server.store, a.server.files)).toBeNull();
    expect(await a.snapshot()).toBe(before);
  });
});
