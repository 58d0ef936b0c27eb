import { act, renderHook } from '@testing-library/react';
import { resetTaroMock, taroMock } from '../../../../test/support/taro-mock';
import { uploadCertificate } from '@/services/upload';
import { listOutbox } from '@/services/outbox';
import { flushOutbox, startOutboxSync } from '@/services/outbox-sync';
import type { NormaliseResult } from '@/services/photo-normalize';
import type { RecordInput } from '@shared/schemas/record';
import { usePhotos } from '../hooks/use-photos';
import { useSubmit } from '../hooks/use-submit';

jest.mock('@/services/upload', () => ({ uploadCertificate: jest.fn() }));
const upload = uploadCertificate as jest.MockedFunction<typeof uploadCertificate>;

const input = {
  title: '暑期班主任培训', organizer: '', hours: 8, startDate: '2026-07-01', endDate: '2026-07-01', form: '集中', level: '县',
  location: '县内', content: '专业', tags: [], role: '学员', passed: true, hasCertificate: true,
} as unknown as RecordInput;
const photo: Promise<NormaliseResult> = Promise.resolve({
  ok: true, photo: { kind: 'image', localPath: 'data:image/jpeg;base64,AAAA', size: 300_000, width: 1600, height: 1200, originalSize: 3_800_000 },
});

/** The capture form's two hooks together: a photo is chosen (its upload fails), then 提交. */
async function submitWithPhotoFailing(error: { code: string; message: string }) {
  upload.mockResolvedValue({ ok: false, error });
  const { result } = renderHook(() => ({ photos: usePhotos([]), submit: useSubmit() }));
  await act(async () => { await result.current.photos.add([photo]); });
  expect(result.current.photos.photos[0]).toMatchObject({ state: 'failed', error: error.message });
  await act(async () => {
    await result.current.submit.send({ personId: 'p1', requestId: 'req-form0001', input, photos: result.current.photos.photos, record: null, removeFileIds: [] });
  });
  return result.current.submit.state;
}

beforeEach(() => { resetTaroMock(); upload.mockReset(); startOutboxSync(null); });
afterEach(() => startOutboxSync(null));

describe('useSubmit with a photo that did not upload', () => {
  it('a refused photo (FILE_UNSAFE) is not queued: the form says why at once, in the server’s words', async () => {
    const state = await submitWithPhotoFailing({ code: 'FILE_UNSAFE', message: 'PDF 里带有可执行的内容，请直接拍照上传证书' });
    expect(state).toEqual({ kind: 'error', message: '有一张照片没能上传：PDF 里带有可执行的内容，请直接拍照上传证书。请删掉这张照片，再点「提交」。' });
    expect(listOutbox()).toEqual([]);
    expect(taroMock.request).not.toHaveBeenCalled(); // nothing submitted either
  });

  it('IMAGE_TOO_LARGE and FILE_DAMAGED are not queued either', async () => {
    for (const code of ['IMAGE_TOO_LARGE', 'FILE_DAMAGED']) {
      const state = await submitWithPhotoFailing({ code, message: '证书图片已损坏或不完整，无法打开。' });
      expect(state).toMatchObject({ kind: 'error', message: expect.stringContaining('证书图片已损坏或不完整，无法打开。请删掉') });
    }
    expect(listOutbox()).toEqual([]);
  });

  it('no network (NETWORK or TIMEOUT): the record waits in the outbox with its photo, sent later', async () => {
    const state = await submitWithPhotoFailing({ code: 'TIMEOUT', message: '网络不太好，请稍后重试' });
    expect(state).toEqual({ kind: 'done', outcome: { kind: 'queued', requestId: 'req-form0001' } });
    await act(() => flushOutbox().then(() => undefined)); // the try it starts at once: still offline
    expect(listOutbox()).toEqual([expect.objectContaining({ requestId: 'req-form0001', state: '待上传', photos: [expect.objectContaining({ kind: 'image' })] })]);
  });
});
