/**
 * How many store reads the duplicate hints of records.get / review.detail cost:
 * the county's look-alike candidates are scanned once per record however many
 * photos it has, and the hit records and their teachers come in one query each
 * however many hits there are (they were one get per hit, and one scan per photo).
 */
import { collections } from '../../../../shared/schemas/domain/collections';
import { storedReadingSchema } from '../../../../shared/schemas/certificate-reading';
import { uploadDocSchema } from '../../../../shared/schemas/domain/upload';
import type { Filter } from '../../ports/document-store';
import { submitAs } from '../testing/flows';
import { openWorld, T0, type World } from '../testing/world';

let w: World;
let calls: { op: 'get' | 'find'; collection: string; filter?: Filter }[] = [];

/** A fresh world whose store notes every get and find the use-cases make (deps read `w.store`). */
async function countingWorld(): Promise<World> {
  const world = await openWorld();
  const store = world.store;
  world.store = {
    get: (collection, id) => { calls.push({ op: 'get', collection }); return store.get(collection, id); },
    find: (collection, filter, options) => { calls.push({ op: 'find', collection, filter }); return store.find(collection, filter, options); },
    count: (collection, filter) => store.count(collection, filter),
    set: (collection, doc) => store.set(collection, doc),
    update: (collection, id, patch) => store.update(collection, id, patch),
    add: (collection, doc) => store.add(collection, doc),
    remove: (collection, id) => store.remove(collection, id),
    transaction: (work) => store.transaction(work),
  };
  return world;
}
beforeEach(async () => { w = await countingWorld(); });
afterEach(async () => { await w.close(); });

let uploadCounter = 0;
/** A read, claimed photo in county c1 with this difference hash. */
async function photoOf(recordId: string, dhash: string): Promise<void> {
  const n = ++uploadCounter;
  await w.store.set(collections.uploads, uploadDocSchema.parse({
    _id: `up${String(n).padStart(6, '0')}`, openid: 'oid-x', fileId: `inbox/${n}.jpg`, contentType: 'image/jpeg', size: 100,
    sha256: n.toString(16).padStart(64, '0'), createdAt: T0, claimedBy: recordId, claimedAt: T0, countyId: 'c1',
    reading: storedReadingSchema.parse({ engine: 'test', readAt: T0, ms: 1, lines: [], fields: {}, warnings: [], dhash }),
  }));
}

const countyScans = () => calls.filter((c) => c.collection === collections.uploads && c.filter && 'countyId' in c.filter).length;
const gets = () => calls.filter((c) => c.op === 'get').length;
const certificateNoQueries = () => calls.filter((c) => c.collection === collections.records && c.filter && 'certificateKey' in c.filter).length;

type Readings = { record: { readings?: { duplicates: { similarImage: { recordId: string; teacherName?: string }[]; sameCertificateNo: unknown[] } }[] } };

async function readsOfGet(photos: number, lookAlikes: number) {
  const target = await submitAs(w, 'alice', { certificateNo: 'TY-2026-0001' });
  for (let i = 0; i < photos; i++) await photoOf(target.id, '000000000000000' + String(i));
  const others = [];
  for (let i = 0; i < lookAlikes; i++) {
    const other = await submitAs(w, i % 2 === 0 ? 'bob' : 'carol', { title: `另一条培训记录 ${i}` });
    await photoOf(other.id, '00000000000000f0');
    others.push(other.id);
  }
  await photoOf((await submitAs(w, 'carol', { title: '不像的记录' })).id, 'ffffffffffffffff');
  calls = [];
  const got = await w.ok<Readings>('records', { action: 'get', recordId: target.id }, 'paula');
  return { got, others, target: target.id, scans: countyScans(), gets: gets(), finds: calls.filter((c) => c.op === 'find').length };
}

describe('duplicate hints read the store a bounded number of times', () => {
  it('records.get (reviewer): one county scan for three photos, and the hits come with their teachers\' names', async () => {
    const r = await readsOfGet(3, 3);
    expect(r.scans).toBe(1);
    const readings = r.got.record.readings ?? [];
    expect(readings).toHaveLength(3);
    for (const reading of readings) {
      expect(reading.duplicates.similarImage.map((s) => s.recordId).sort()).toEqual([...r.others].sort());
      expect(reading.duplicates.similarImage.map((s) => s.teacherName).sort()).toEqual(['bob', 'bob', 'carol']);
    }
  });

  it('records.get: reads grow by a fixed few queries per photo, not per hit; no get per hit', async () => {
    const one = await readsOfGet(1, 1);
    await w.close();
    w = await countingWorld();
    const many = await readsOfGet(1, 6);
    expect(many.got.record.readings?.[0]?.duplicates.similarImage).toHaveLength(6);
    expect(many.gets).toBe(one.gets);
    expect(many.finds).toBe(one.finds);
  });

  it('review.detail skips the certificate-number query it never shows; records.get still makes it', async () => {
    const r = await readsOfGet(2, 1);
    expect(certificateNoQueries()).toBe(2);
    calls = [];
    const detail = await w.ok<{ reading: { hints: string[] } | null }>('review', { action: 'detail', recordId: r.target }, 'paula');
    expect(detail.reading?.hints.some((h) => h.includes('很像'))).toBe(true);
    expect(certificateNoQueries()).toBe(0);
    expect(countyScans()).toBe(1);
  });
});
