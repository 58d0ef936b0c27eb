/**
 * Duplicate certificate numbers under concurrency: the claim document
 * (certificate_claims, id derived from teacher + normalized number) is read
 * and written in the same transaction as the record, so racing submits,
 * resubmits and withdrawals cannot both win.
 */
import { collections } from '../../../../shared/schemas/domain/collections';
import type { FunctionResult } from '../../registry';
import { recordIn, submitAs, type RecordRef } from '../testing/flows';
import { openWorld, recordInput, rid, type World } from '../testing/world';

let w: World;
beforeEach(async () => { w = await openWorld(); });
afterEach(async () => { await w.close(); });

type Claim = { teacherId: string; certificateKey: string; recordIds: string[] };

const submit = (certificateNo: string, extra: Record<string, unknown> = {}, title = '县级骨干教师集中培训') =>
  w.call('records', { action: 'submit', requestId: rid(), record: recordInput({ certificateNo, title }), ...extra }, 'alice');
const okCount = (results: FunctionResult[]) => results.filter((r) => r.ok).length;
const claims = () => w.store.find<Claim & { _id: string }>(collections.certificateClaims, {});
const recordOf = (r: FunctionResult) => (r.ok ? (r.data as { record: RecordRef }).record : null);

describe('certificate claims', () => {
  it('N concurrent submits with distinct requestIds and one number → exactly one record', async () => {
    const before = await w.counts();
    const spellings = ['TY-2026-777', 'ty 2026 777', 'ＴＹ２０２６７７７', 'TY2026777'];
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => submit(spellings[i % spellings.length]!)));
    expect(okCount(results)).toBe(1);
    for (const r of results.filter((x) => !x.ok)) {
      expect(r).toMatchObject({ ok: false, error: { code: 'DUPLICATE', message: expect.stringContaining('重复参训') } });
    }
    const after = await w.counts();
    expect(after.records! - before.records!).toBe(1);
    expect(after.audit! - before.audit!).toBe(1);
    const winner = results.map(recordOf).find(Boolean)!;
    expect(await claims()).toEqual([expect.objectContaining({ teacherId: 'alice', certificateKey: 'TY2026777', recordIds: [winner.id] })]);
  });

  it('concurrent genuine retakes all land, and the claim lists every holder', async () => {
    const first = recordOf(await submit('TY-RETAKE-1'))!;
    const results = await Promise.all(Array.from({ length: 4 }, () => submit('TY-RETAKE-1', { retake: true })));
    expect(okCount(results)).toBe(4);
    const [claim] = await claims();
    expect(new Set(claim!.recordIds)).toEqual(new Set([first.id, ...results.map((r) => recordOf(r)!.id)]));
    // Without the retake flag the number is still taken.
    expect(await submit('TY-RETAKE-1')).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } });
  });

  it('withdrawing releases the number; then racing submits again give exactly one record', async () => {
    const first = recordOf(await submit('TY-W-1'))!;
    await w.ok('records', { action: 'withdraw', recordId: first.id, version: first.version }, 'alice');
    expect(await claims()).toEqual([]);
    const results = await Promise.all(Array.from({ length: 5 }, () => submit('TY-W-1')));
    expect(okCount(results)).toBe(1);
  });

  it('a resubmit that changes the number moves the claim; racing a submit for the new number, one wins', async () => {
    const returned = await recordIn(w, 'returned');
    const other = recordOf(await submit('TY-OLD'))!;
    expect(other).toBeTruthy();
    const [resub, sub] = await Promise.all([
      w.call('records', { action: 'resubmit', recordId: returned.id, version: returned.version, record: recordInput({ certificateNo: 'TY-NEW' }) }, 'alice'),
      submit('TY-NEW'),
    ]);
    expect(okCount([resub, sub])).toBe(1);
    expect([resub, sub].find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } });
    const holders = (await claims()).find((c) => c.certificateKey === 'TYNEW')!.recordIds;
    expect(holders).toHaveLength(1);
  });

  it('a resubmit that drops its number frees it for a new record', async () => {
    const r = await submitAs(w, 'alice', { certificateNo: 'TY-DROP' });
    const returned = (await w.ok<{ record: RecordRef }>('review', { action: 'return', recordId: r.id, version: r.version, reason: '证书编号填错了' }, 'paula')).record;
    await w.ok('records', { action: 'resubmit', recordId: returned.id, version: returned.version, record: recordInput({ certificateNo: 'TY-KEEP' }) }, 'alice');
    expect((await submit('TY-DROP')).ok).toBe(true);
    expect(await submit('TY-KEEP')).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } });
  });

  it('an approved correction supersedes the old record and takes over its claim', async () => {
    const old = await submitAs(w, 'alice', { certificateNo: 'TY-FIX', title: '原记录' });
    await w.ok('review', { action: 'approve', recordId: old.id, version: old.version }, 'paula');
    const fix = recordOf(await submit('TY-FIX', { corrects: old.id }, '更正记录'))!;
    expect(fix).toBeTruthy();
    await w.ok('review', { action: 'approve', recordId: fix.id, version: fix.version }, 'paula');
    expect((await claims()).map((c) => c.recordIds)).toEqual([[fix.id]]);
    const again = await submit('TY-FIX');
    expect(again).toMatchObject({ ok: false, error: { code: 'DUPLICATE', message: expect.stringContaining('更正记录') } });
  });

  it('a correction with a new number frees the old number once approved', async () => {
    const old = await submitAs(w, 'alice', { certificateNo: 'TY-A' });
    await w.ok('review', { action: 'approve', recordId: old.id, version: old.version }, 'paula');
    const fix = recordOf(await submit('TY-B', { corrects: old.id }))!;
    expect(await submit('TY-A')).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } });
    await w.ok('review', { action: 'approve', recordId: fix.id, version: fix.version }, 'paula');
    expect((await submit('TY-A')).ok).toBe(true);
  });

  it('a record stored before claims existed still blocks, and the claim is rebuilt on the next write', async () => {
    const legacy = await submitAs(w, 'alice', { certificateNo: 'TY-LEGACY' });
    for (const c of await claims()) await w.store.remove(collections.certificateClaims, c._id);
    expect(await submit('TY-LEGACY')).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } });
    const retake = recordOf(await submit('TY-LEGACY', { retake: true }))!;
    expect(new Set((await claims())[0]!.recordIds)).toEqual(new Set([legacy.id, retake.id]));
  });

  it('other teachers never clash, each has her own claim', async () => {
    const results = await Promise.all([submit('TY-SHARED'), w.call('records', { action: 'submit', requestId: rid(), record: recordInput({ certificateNo: 'TY-SHARED' }) }, 'bob')]);
    expect(okCount(results)).toBe(2);
    expect((await claims()).map((c) => c.teacherId).sort()).toEqual(['alice', 'bob']);
  });
});
