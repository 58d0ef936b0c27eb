import { taroMock } from './taro-mock';

type Answer = { data: unknown } | { error: { code: string; message: string } };
export type AdminHandler = (fn: string, event: Record<string, unknown>) => Answer | undefined;

/**
 * Programs taroMock.request to answer `/api/fn/<name>` from `handler` (by function and
 * event), for the management screens' unit tests. Unhandled calls answer 404. Also gives
 * Taro.showModal (confirm = true unless `confirm` says otherwise). Returns the calls seen.
 */
export function fakeAdminApi(handler: AdminHandler, confirm = true) {
  const calls: { fn: string; event: Record<string, unknown> }[] = [];
  taroMock.request.mockImplementation((req: { url: string; data: Record<string, unknown> }) => {
    const fn = req.url.replace('/api/fn/', '');
    calls.push({ fn, event: req.data });
    const answer = handler(fn, req.data);
    if (!answer) return Promise.resolve({ statusCode: 404, header: {}, data: null });
    return Promise.resolve({ statusCode: 200, header: {}, data: 'data' in answer ? { ok: true, data: answer.data } : { ok: false, error: answer.error } });
  });
  const modal = jest.fn(() => Promise.resolve({ confirm, cancel: !confirm }));
  (taroMock as unknown as { showModal: typeof modal }).showModal = modal;
  return { calls, modal };
}

export const scopeAnswer = (county = true) => ({
  data: { countyId: 'c1', countyName: '通榆县', county, schools: [{ id: 's1', name: '通榆县第一中学' }, { id: 's2', name: '通榆县新华小学' }] },
});

export const ref = { countyId: 'c1', year: 2026, version: 1, policyId: 'tongyu-2026', publishedAt: '2026-03-20T01:00:00.000Z' };

export function exportAnswer(kind = 'card') {
  return {
    data: {
      export: {
        id: 'x1', kind, kindLabel: kind === 'card' ? '学分登记卡' : '学分统计表', countyId: 'c1', schoolId: 's1', schoolName: '通榆县第一中学', teacherId: null,
        year: 2026, policy: { policyId: 'tongyu-2026', version: 1, year: 2026, publishedAt: ref.publishedAt }, exportedBy: 'p1', exportedByName: '刘淑琴',
        at: '2026-11-22T06:00:00.000Z', fileName: `通榆县第一中学_${kind === 'card' ? '学分登记卡' : '学分统计表'}_2026年度_20261122-1400.xlsx`, size: 20480, sha256: 'a'.repeat(64), teacherCount: 7,
      },
      fileId: 'exports/c1/2026/card-x1.xlsx', url: '/files/exports/c1/2026/card-x1.xlsx', policy: ref,
    },
  };
}
