import { detailAnswer, queueAnswer, queueItem } from '../support/review-fixtures';
import { bootApp, openPage, textOf, until, type CloudMock } from './harness';

/**
 * 管理 in the compiled mini-program (subpackage `manage`): the hub with its tab badge, the
 * queue with batch approval, and one record approved and returned — all through wx.cloud.
 */
jest.setTimeout(60_000);

const person = { id: 'p-wang', name: '王建国', countyId: 'c1', countyName: '通榆县', schoolId: 's1', schoolName: '通榆县第一中学', statuses: [] };
const bound = { bound: true, person, roles: [{ role: 'teacher', countyId: 'c1', schoolId: 's1' }, { role: 'principal', countyId: 'c1', schoolId: 's1' }] };

let pending = [1, 2, 3, 4, 5];
const sent: Record<string, unknown>[] = [];
const cloud: CloudMock = {
  init: jest.fn(),
  callFunction: jest.fn(async ({ name, data }: { name: string; data: Record<string, unknown> & { action: string } }) => {
    sent.push({ name, ...data });
    const ok = (d: unknown) => ({ result: { ok: true, data: d } });
    const n = Number(String(data.recordId ?? '').slice(1));
    if (name === 'identity') return ok(bound);
    if (data.action === 'queue') return ok(queueAnswer(pending.map((i) => queueItem(i))));
    if (data.action === 'detail') return ok(detailAnswer(n));
    if (data.action === 'approve' || data.action === 'return') {
      pending = pending.filter((i) => i !== n);
      return ok({ record: { ...queueItem(n), status: data.action === 'approve' ? 'approved' : 'returned', version: 2, allowedActions: [] } });
    }
    if (data.action === 'batch-approve') {
      const items = data.items as { recordId: string }[];
      pending = pending.filter((i) => !items.some((x) => x.recordId === `r${i}`));
      return ok({ approved: items.length, failed: 0, results: items.map((x) => ({ recordId: x.recordId, ok: true, version: 2 })) });
    }
    return { result: { ok: false, error: { code: 'NOT_FOUND', message: '没有这个操作' } } };
  }),
};
const badge = jest.fn((o: { success?: (r: unknown) => void }) => o.success?.({ errMsg: 'setTabBarBadge:ok' }));
const noBadge = jest.fn((o: { success?: (r: unknown) => void }) => o.success?.({ errMsg: 'removeTabBarBadge:ok' }));

beforeAll(() => {
  bootApp(cloud);
  Object.assign((globalThis as unknown as { wx: Record<string, unknown> }).wx, { setTabBarBadge: badge, removeTabBarBadge: noBadge });
});

const tap = (page: ReturnType<typeof openPage>, sel: string) => {
  const el = page.querySelector(sel);
  if (!el) throw new Error(`找不到 ${sel}`);
  el.dispatchEvent('tap');
};

describe('mini-program 管理 (subpackage manage)', () => {
  it('the hub shows the pending count and puts it on the tab icon', async () => {
    const page = openPage('pages/manage/index');
    await until(() => textOf(page).includes('5 条'), '待审核数');
    expect(textOf(page)).toContain('全校教师学分进度');
    await until(() => badge.mock.calls.length > 0, 'setTabBarBadge');
    expect(badge.mock.calls.at(-1)?.[0]).toMatchObject({ index: 1, text: '5' });
  });

  it('one record: approve in one tap, the next opens; return with a one-tap reason and its field', async () => {
    const page = openPage('manage/review/index', { id: 'r1' });
    await until(() => textOf(page).includes('培训1'), '第一条记录');
    expect(textOf(page)).toContain('通过后 +7 学分');
    expect(textOf(page)).toContain('14 / 90 学分 → 21 / 90 学分');
    tap(page, '#review-approve');
    await until(() => textOf(page).includes('培训2'), '下一条记录');
    expect(textOf(page)).toContain('本次已处理 1 条');
    tap(page, '#review-return');
    await until(() => Boolean(page.querySelector('#reason-0')), '退回表单');
    tap(page, '#reason-0');
    await until(() => (page.querySelector('#return-field-certificates')?.dom.getAttribute('class') ?? '').includes('chip--on'), '照片被标出');
    tap(page, '#return-send');
    await until(() => textOf(page).includes('培训3'), '退回后下一条');
    expect(sent.filter((e) => e.action === 'approve' || e.action === 'return').map(({ name, ...e }) => [name, e])).toEqual([
      ['review', { action: 'approve', recordId: 'r1', version: 1 }],
      ['review', { action: 'return', recordId: 'r2', version: 1, reason: '照片不清晰', fields: ['certificates'] }],
    ]);
  });

  it('the queue: oldest first, batch-approve all that is left with a summary and per-record results', async () => {
    pending = [3, 4, 5];
    const page = openPage('manage/queue/index');
    await until(() => textOf(page).includes('待审核 3 条'), '队列');
    expect(textOf(page).indexOf('培训3')).toBeLessThan(textOf(page).indexOf('培训5'));
    tap(page, '#batch-start');
    await until(() => Boolean(page.querySelector('#batch-all')), '批量模式');
    tap(page, '#batch-all');
    await until(() => textOf(page).includes('已选 3 条'), '全选');
    tap(page, '#batch-confirm');
    await until(() => textOf(page).includes('确认通过这 3 条记录？'), '确认摘要');
    tap(page, '#batch-send');
    await until(() => textOf(page).includes('已通过 3 条'), '逐条结果');
    expect(textOf(page)).toContain('✓ 刘洋《培训3》：已通过');
    expect(sent.find((e) => e.action === 'batch-approve')?.items).toEqual([{ recordId: 'r3', version: 1 }, { recordId: 'r4', version: 1 }, { recordId: 'r5', version: 1 }]);
    tap(page, '#batch-finish');
    await until(() => textOf(page).includes('没有待审核的记录'), '队列清空');
  });
});
