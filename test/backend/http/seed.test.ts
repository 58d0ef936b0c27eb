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
import type { ProgressReport } from '../../../shared/schemas/progress-report';
import type { PolicyVersionDoc } from '../../../shared/schemas/domain/policy-version';
import { seedIfEmpty } from '../../../cloudfunctions/_local/seed';
import { startHarness, type Harness } from './harness';

jest.setTimeout(60_000); // each harness seeds a whole county through the use-cases; slow on a shared machine

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

  it('writes the same county twice (apart from the random binding codes and sign-in codes)', async () => {
    // session_codes: each id is a crypto-random code; the same codes were issued at the same times.
    const mask = (s: string) => s.replace(/"(bindingCodeHash|bindingCodeSalt|code)":"[^"]+"/g, '"$1":"*"')
      .replace(/session_codes:\[.*?\](?=\n|$)/gs, (list) => `session_codes:${[...list.matchAll(/"issuedAt":"([^"]+)"/g)].map((m) => m[1]).sort().join(',')}`);
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
    expect(audit.filter((e) => e.action === 'policy.roll-over')).toHaveLength(0); // the clock is in 2026: nothing to roll over
    expect(audit.filter((e) => e.action === 'identity.bind')).toHaveLength(13);
  });

  it('is not re-run on a database that already holds it', async () => {
    const before = await a.snapshot();
    expect(await seedIfEmpty(a.server.store, a.server.files)).toBeNull();
    expect(await a.snapshot()).toBe(before);
  });
});

/**
 * The demo never expires: seeded on any date, the county has a policy for that
 * year (通榆 2026 rolled over each January, as a county would) and the school
 * year's records are dated in it, so 首页 shows a progress report.
 */
describe.each([
  ['2027-11-25T06:00:00.000Z', 2027],
  ['2031-03-02T02:00:00.000Z', 2031],
])('demo seed with the clock at %s', (now, year) => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness({ now }); });
  afterAll(async () => { await h.close(); });

  it(`publishes ${year} by rolling 通榆 2026 over year by year, and dates every record in ${year}`, async () => {
    expect(h.seed?.year).toBe(year);
    const versions = await h.server.store.find<PolicyVersionDoc>(collections.policyVersions, {}, { orderBy: [{ field: 'year', direction: 'asc' }] });
    expect(versions.map((v) => [v.year, v.version])).toEqual(Array.from({ length: year - 2025 }, (_, i) => [2026 + i, 1]));
    const latest = versions[versions.length - 1];
    expect(latest?.data).toMatchObject({ name: `${year}年通榆县中小学（幼儿园）教师全员培训`, period: { start: `${year}-04-01`, end: `${year}-12-31`, years: [year] } });
    const audit = await h.server.store.find<{ _id: string; action: string }>(collections.audit, {});
    expect(audit.filter((e) => e.action === 'policy.roll-over')).toHaveLength(year - 2026);
    const records = await h.server.store.find<RecordDoc>(collections.records, {});
    expect(new Set(records.map((r) => r.year))).toEqual(new Set([year]));
    expect(records.every((r) => r.input.endDate.startsWith(`${year}-`) && !r.input.title.includes('2026'))).toBe(true);
  });

  it('signs a teacher in and answers progress.mine with a report for that year', async () => {
    const people = ((await h.get('/local/demo-people')).body as { data: { people: { personId: string; name: string }[] } }).data.people;
    const token = await h.signIn(people.find((p) => p.name === '张雅梅')?.personId ?? '');
    const res = await h.fn('progress', { action: 'mine' }, token);
    expect(res.ok).toBe(true);
    const { policy, report } = res.data as { policy: { year: number; version: number }; report: ProgressReport };
    expect(policy).toMatchObject({ year, version: 1 });
    expect(report.years.map((y) => y.year)).toEqual([year]);
    expect(report.counts.records).toBeGreaterThan(10);
    // in November the school year is done: 张雅梅 is over every line; in March the trainings still lie ahead
    if (year === 2027) expect(report.verdict).toMatchObject({ met: true, status: 'met' });
    else expect(report.verdict.status).toBe('in-progress');
  });
});
