import { act, renderHook, waitFor } from '@testing-library/react';
import { resetTaroMock } from '../../../../test/support/taro-mock';
import { uploadCertificate } from '@/services/upload';
import type { NormaliseResult } from '@/services/photo-normalize';
import { storedPhotos, usePhotos } from '../hooks/use-photos';

jest.mock('@/services/upload', () => ({ uploadCertificate: jest.fn() }));
const upload = uploadCertificate as jest.MockedFunction<typeof uploadCertificate>;

const photo = (size = 300_000): Promise<NormaliseResult> =>
  Promise.resolve({ ok: true, photo: { kind: 'image', localPath: 'data:image/jpeg;base64,AAAA', size, width: 1600, height: 1200, originalSize: 3_800_000 } });

beforeEach(() => { resetTaroMock(); upload.mockReset(); });

describe('usePhotos', () => {
  it('uploads a chosen photo at once and reports its progress', async () => {
    let report: (p: number) => void = () => undefined;
    let finish: () => void = () => undefined;
    upload.mockImplementation((req) => new Promise((resolve) => {
      report = req.onProgress;
      finish = () => resolve({ ok: true, data: { uploadId: 'u_1', contentType: 'image/jpeg', size: 300_000 } });
    }));
    const { result } = renderHook(() => usePhotos([]));
    await act(async () => { void result.current.add([photo()]); });
    await waitFor(() => expect(result.current.photos[0]?.state).toBe('uploading'));
    act(() => report(45));
    expect(result.current.photos[0]?.progress).toBe(45);
    await act(async () => finish());
    await waitFor(() => expect(result.current.photos[0]).toMatchObject({ state: 'done', progress: 100, uploadId: 'u_1' }));
    expect(storedPhotos(result.current.photos)).toEqual([expect.objectContaining({ uploadId: 'u_1', size: 300_000 })]);
  });

  it('retry after a failure sends the same photo (same key) once; taps while uploading do nothing', async () => {
    upload.mockResolvedValueOnce({ ok: false, error: { code: 'NETWORK', message: '网络不太好，请稍后重试' } });
    const { result } = renderHook(() => usePhotos([]));
    await act(async () => { await result.current.add([photo()]); });
    expect(result.current.photos[0]).toMatchObject({ state: 'failed', error: '网络不太好，请稍后重试', errorCode: 'NETWORK' });
    let resolve: () => void = () => undefined;
    upload.mockImplementation(() => new Promise((r) => { resolve = () => r({ ok: true, data: { uploadId: 'u_2', contentType: 'image/jpeg', size: 1 } }); }));
    const key = result.current.photos[0]!.key;
    act(() => { result.current.retry(key); result.current.retry(key); });
    await act(async () => resolve());
    await waitFor(() => expect(result.current.photos[0]?.state).toBe('done'));
    act(() => result.current.retry(key)); // already uploaded: nothing to do
    expect(upload).toHaveBeenCalledTimes(2);
    expect(new Set(upload.mock.calls.map(([req]) => req.key))).toEqual(new Set([key]));
  });

  it('refuses what cannot be a certificate and more than five files, in Chinese', async () => {
    upload.mockResolvedValue({ ok: true, data: { uploadId: 'u', contentType: 'image/jpeg', size: 1 } });
    const { result } = renderHook(() => usePhotos([]));
    await act(async () => { await result.current.add([Promise.resolve({ ok: false, message: '只能上传照片（JPG、PNG）或 PDF 文件，请重新选择' })]); });
    expect(result.current.photos).toEqual([]);
    expect(result.current.notice).toBe('只能上传照片（JPG、PNG）或 PDF 文件，请重新选择');
    await act(async () => { await result.current.add([photo(), photo(), photo(), photo(), photo(), photo()]); });
    expect(result.current.photos).toHaveLength(5);
    expect(result.current.notice).toBe('每条记录最多 5 张照片或文件');
  });

  it('photos restored from a draft without an uploadId are sent when the form opens', async () => {
    upload.mockResolvedValue({ ok: true, data: { uploadId: 'u_3', contentType: 'image/jpeg', size: 1 } });
    const { result } = renderHook(() => usePhotos([{ key: 'pkeydraft1', kind: 'image', localPath: 'data:', size: 10 }, { key: 'pkeydraft2', kind: 'image', localPath: 'data:', size: 10, uploadId: 'u_old' }]));
    await waitFor(() => expect(result.current.photos.map((p) => p.uploadId)).toEqual(['u_3', 'u_old']));
    expect(upload).toHaveBeenCalledTimes(1);
  });
});
