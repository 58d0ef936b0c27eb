import { reserveStagingQuota, stagingQuotaAllows, type StagingQuota } from '../../../cloudfunctions/_core/use-cases/support/staging-quota';
import { openWorld, type World } from '../../../cloudfunctions/_core/use-cases/testing/world';
import { collections } from '../../../shared/schemas/domain/collections';

let w: World;
beforeEach(async () => { w = await openWorld(); });
afterEach(async () => { await w.close(); });

const small: StagingQuota = { maxUploads: 3, maxBytes: 1000, windowMinutes: 60 };
const at = (minute: number) => `2026-06-01T02:${String(minute).padStart(2, '0')}:00.000Z`;
const reserve = (bytes: number, minute: number, openid = 'oid-alice') =>
  reserveStagingQuota(w.deps('alice'), openid, bytes, at(minute), small).then(() => 'ok', (e: { code: string }) => e.code);

describe('staging quota', () => {
  it('counts uploads per person within a sliding hour', async () => {
    expect([await reserve(10, 0), await reserve(10, 1), await reserve(10, 2)]).toEqual(['ok', 'ok', 'ok']);
    expect(await reserve(10, 3)).toBe('QUOTA_EXCEEDED');
    expect(await reserve(10, 3, 'oid-bob')).toBe('ok'); // someone else's hour
    w.now = at(0);
    expect(await reserveStagingQuota(w.deps('alice'), 'oid-alice', 10, '2026-06-01T03:00:30.000Z', small).then(() => 'ok')).toBe('ok'); // the first one left the window
  });

  it('counts bytes as received, and refuses the one that would pass the limit', async () => {
    expect(await reserve(600, 0)).toBe('ok');
    expect(await reserve(401, 1)).toBe('QUOTA_EXCEEDED');
    expect(await reserve(400, 1)).toBe('ok');
  });

  it('a refused reservation writes nothing; the read-only check agrees with it', async () => {
    for (const m of [0, 1, 2]) await reserve(1, m);
    const before = await w.store.find(collections.uploadQuotas, {});
    const allowed = await stagingQuotaAllows(w.deps('alice'), 'oid-alice', 1, at(5), small);
    expect(allowed?.code).toBe('QUOTA_EXCEEDED');
    expect(allowed?.message).toMatch(/^一小时内上传的证书太多了（最多 3 个、共 0 MB）。请 55 分钟后再试（北京时间 11:00 以后）$/);
    expect(await reserve(1, 5)).toBe('QUOTA_EXCEEDED');
    expect(await w.store.find(collections.uploadQuotas, {})).toEqual(before);
  });

  it('a burst of parallel reservations is counted like a sequence', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => reserve(1, 0)));
    expect(results.filter((r) => r === 'ok')).toHaveLength(3);
  });
});
