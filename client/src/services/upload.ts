import Taro from '@tarojs/taro';
import { uploadData } from '@shared/schemas/api/records';
import { callFunction, NETWORK_ERROR_MESSAGE, parseEnvelope, type ApiResult } from './api-client';
import { initCloud } from './cloud';
import { apiBase, getToken } from './session';

/**
 * One certificate file to the backend, with progress (0–100):
 * - weapp: `Taro.cloud.uploadFile` to `staging/<key>.<ext>`, then `records.upload-certificate`.
 *   The cloud path is fixed by the photo's key, so a retry overwrites the same file and the
 *   server (which derives the upload id from the file id) answers with the same uploadId.
 * - H5: `POST /local/upload` with XHR upload progress.
 * The caller never retries a photo that already has an uploadId (use-photos.ts).
 */

export interface Uploaded { uploadId: string; contentType: string; size: number }

export interface UploadRequest {
  /** Stable per photo: `[A-Za-z0-9_-]{8,}`. */
  key: string;
  kind: 'image' | 'pdf';
  localPath: string;
  onProgress: (percent: number) => void;
}

const networkFailure = { ok: false as const, error: { code: 'NETWORK', message: NETWORK_ERROR_MESSAGE } };

function dataUrlToBlob(dataUrl: string): Blob {
  const [head = '', body = ''] = dataUrl.split(',');
  const mime = /data:([^;]+)/.exec(head)?.[1] ?? 'application/octet-stream';
  const bin = atob(body);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i += 1) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: mime });
}

function uploadWeb(req: UploadRequest): Promise<ApiResult<Uploaded>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${apiBase()}/local/upload`);
    const token = getToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.timeout = 120_000;
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) req.onProgress(Math.min(99, Math.round((e.loaded / e.total) * 100))); };
    xhr.onload = () => {
      let body: unknown = null;
      try { body = JSON.parse(xhr.responseText); } catch { /* not JSON: handled below */ }
      if (body === null) { resolve({ ok: false, error: { code: 'INTERNAL', message: '服务器出了点问题，请稍后重试' } }); return; }
      const result = parseEnvelope(body, uploadData);
      if (result.ok) req.onProgress(100);
      resolve(result);
    };
    xhr.onerror = () => resolve(networkFailure);
    xhr.ontimeout = () => resolve(networkFailure);
    xhr.send(dataUrlToBlob(req.localPath));
  });
}

interface CloudUploadTask { onProgressUpdate?: (cb: (r: { progress: number }) => void) => void }

function uploadMini(req: UploadRequest): Promise<ApiResult<Uploaded>> {
  initCloud();
  const ext = req.kind === 'pdf' ? 'pdf' : 'jpg';
  return new Promise((resolve) => {
    const task = Taro.cloud.uploadFile({
      cloudPath: `staging/${req.key}.${ext}`,
      filePath: req.localPath,
      success: (res: { fileID: string }) => {
        void callFunction('records', 'upload-certificate', { fileId: res.fileID }, uploadData).then((r) => {
          if (r.ok) req.onProgress(100);
          resolve(r);
        });
      },
      fail: () => resolve(networkFailure),
    } as never) as unknown as CloudUploadTask | undefined;
    task?.onProgressUpdate?.((r) => req.onProgress(Math.min(99, r.progress)));
  });
}

/** Uploads one file; never throws. */
export function uploadCertificate(req: UploadRequest): Promise<ApiResult<Uploaded>> {
  if (process.env.TARO_ENV === 'weapp') return uploadMini(req);
  return uploadWeb(req);
}
