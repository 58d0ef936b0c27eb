import { bootApp, openPage, textOf, until } from './harness';
import { cloudMock, imageApis, recordView } from './record-entry-support';

/**
 * 登记证书 in the compiled mini-program (record-entry subpackage): 拍照 → the photo is
 * compressed on the phone (quality stepped down until ≤ 400 KB, long edge 1600) → uploaded
 * with wx.cloud.uploadFile to staging/ → records.upload-certificate → the form → 提交 sends
 * records.submit with the upload id and a requestId → 待审核.
 */
const cloud = cloudMock({
  'records.submit': (d) => ({ record: recordView({ id: 'rec-new', input: { ...(d.record as object) } }), replayed: false }),
});

jest.setTimeout(60_000);
const images = imageApis();
beforeAll(() => {
  bootApp(cloud, images.wx);
});

const tap = (page: ReturnType<typeof openPage>, id: string) => page.querySelector(`#${id}`)?.dispatchEvent('tap');
const type = (page: ReturnType<typeof openPage>, id: string, value: string) => page.querySelector(`#${id}`)?.dispatchEvent('input', { detail: { value } });
const pick = (page: ReturnType<typeof openPage>, id: string, value: string) => page.querySelector(`#${id}`)?.dispatchEvent('change', { detail: { value } });

describe('mini-program 登记证书', () => {
  it('capture → compress → upload with progress → submit → 待审核', async () => {
    const page = openPage('record-entry/submit/index');
    await until(() => textOf(page).includes('内容类别'), '登记表', 15_000);
    tap(page, 'photo-camera');
    await until(() => textOf(page).includes('已上传 · 371 KB'), '照片上传完成', 10_000);
    // Compressed on the phone: 1600 px wide, quality lowered once to fit 400 KB.
    expect(images.calls.compress).toEqual([{ quality: 82, compressedWidth: 1600 }, { quality: 72, compressedWidth: 1600 }]);
    const upload = cloud.uploadFile.mock.calls[0]![0] as { cloudPath: string; filePath: string };
    expect(upload.cloudPath).toMatch(/^staging\/p[a-z0-9]{8,}\.jpg$/);
    expect(upload.filePath).toBe('wxfile://tmp/c72.jpg');
    expect(cloud.events.find((e) => e.action === 'upload-certificate')).toMatchObject({ fileId: `cloud://env-1/${upload.cloudPath}` });

    type(page, 'input-title', '2026年暑期英语培训');
    type(page, 'input-hours', '8');
    pick(page, 'picker-startDate', '2026-07-01');
    pick(page, 'picker-endDate', '2026-07-02');
    tap(page, 'choice-form-0'); // 集中 (trainingForms order)
    tap(page, 'choice-level-3'); // 县
    tap(page, 'choice-content-1'); // 专业
    await until(() => textOf(page).includes('这张证书预计计入 专业科目 › 集中培训'), '预计学分');
    tap(page, 'submit');
    await until(() => textOf(page).includes('状态：待审核'), '提交结果');
    const submit = cloud.events.find((e) => e.action === 'submit') as { requestId: string; uploadIds: string[]; record: Record<string, unknown> };
    expect(submit.requestId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(submit.uploadIds).toEqual([`u_${upload.cloudPath.replace('staging/', '').replace('.jpg', '')}`]);
    expect(submit.record).toMatchObject({ title: '2026年暑期英语培训', hours: 8, startDate: '2026-07-01', endDate: '2026-07-02', form: '集中', level: '县', content: '专业' });
    expect(cloud.uploadFile).toHaveBeenCalledTimes(1);
  });
});
