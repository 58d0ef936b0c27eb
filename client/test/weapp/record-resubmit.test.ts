import { bootApp, openPage, textOf, until } from './harness';
import { cloudMock, imageApis, recordView } from './record-entry-support';

/**
 * 修改后重新提交 in the compiled mini-program: the returned record opens with the reviewer's
 * reason, only 学时 editable; 重新提交 sends records.resubmit with the version and the
 * corrected input (everything else as it was, the photo kept).
 */
const returned = recordView({ status: 'returned', version: 3, returnReason: '学时与证书不符', returnFields: ['hours'], allowedActions: ['resubmit', 'withdraw'] });
const cloud = cloudMock({
  'records.get': () => ({ record: returned }),
  'records.list': () => ({ items: [returned], total: 1 }),
  'records.resubmit': (d) => ({ record: { ...returned, status: 'resubmitted', version: 4, input: d.record } }),
});

jest.setTimeout(60_000);
beforeAll(() => {
  bootApp(cloud, imageApis().wx);
});

describe('mini-program 重新提交', () => {
  it('only the returned field is editable; resubmit sends version + corrected input', async () => {
    const page = openPage('record-entry/submit/index', { resubmit: 'rec-1' });
    await until(() => textOf(page).includes('退回原因：学时与证书不符'), '退回原因', 15_000);
    expect(page.querySelector('#input-title')).toBeFalsy();
    expect(page.querySelector('#input-hours')).toBeTruthy();
    expect(textOf(page)).toContain('原来的照片');
    await until(() => textOf(page).includes('这张证书预计计入'), '预计学分');
    const before = page.querySelector('#preview-main')?.dom.textContent;
    page.querySelector('#input-hours')?.dispatchEvent('input', { detail: { value: '12' } });
    // The preview follows the new hours: the change has reached React.
    await until(() => page.querySelector('#preview-main')?.dom.textContent !== before, '预计学分随学时变化');
    page.querySelector('#submit')?.dispatchEvent('tap');
    await until(() => textOf(page).includes('已重新提交'), '重新提交结果');
    const sent = cloud.events.find((e) => e.action === 'resubmit') as Record<string, unknown>;
    expect(sent).toMatchObject({ recordId: 'rec-1', version: 3, record: { ...returned.input, hours: 12 } });
    expect(sent.removeFileIds).toBeUndefined();
    expect(cloud.uploadFile).not.toHaveBeenCalled();
  });
});
