import Taro from '@tarojs/taro';
import { submitData } from '@shared/schemas/api/records';
import { callFunction, type ApiError } from './api-client';
import { listOutbox, removeOutbox, updateOutbox, type OutboxItem } from './outbox';
import { uploadCertificate } from './upload';

/**
 * Sends the outbox: at start (首页 calls {@link startOutboxSync} once a teacher is known)
 * and whenever the network comes back (`Taro.onNetworkStatusChange`; H5 also `online`).
 * One flush at a time. A network failure leaves the item 待上传 for the next chance; any
 * other answer (duplicate number, invalid input) marks it 失败 with the server's message.
 */

const isNetwork = (e: ApiError) => e.code === 'NETWORK' || e.code === 'TIMEOUT';

let owner: string | null = null;
let running: Promise<number> | null = null;
let listening = false;

/** Sends one item: missing photo uploads first (each once), then records.submit with its requestId. */
async function sendItem(item: OutboxItem): Promise<'sent' | 'offline' | 'failed'> {
  updateOutbox(item.requestId, { state: '上传中', error: undefined });
  const photos = [...item.photos];
  for (let i = 0; i < photos.length; i += 1) {
    const p = photos[i]!;
    if (p.uploadId) continue;
    const up = await uploadCertificate({ key: p.key, kind: p.kind, localPath: p.localPath, onProgress: () => undefined });
    if (!up.ok) {
      updateOutbox(item.requestId, { state: isNetwork(up.error) ? '待上传' : '失败', error: up.error.message, photos });
      return isNetwork(up.error) ? 'offline' : 'failed';
    }
    photos[i] = { ...p, uploadId: up.data.uploadId };
    updateOutbox(item.requestId, { photos }); // never upload this photo again
  }
  const uploadIds = photos.map((p) => p.uploadId as string);
  const res = await callFunction('records', 'submit', {
    requestId: item.requestId, record: item.record, ...(uploadIds.length ? { uploadIds } : {}), ...(item.retake ? { retake: true } : {}),
  }, submitData);
  if (res.ok) { removeOutbox(item.requestId); return 'sent'; }
  updateOutbox(item.requestId, { state: isNetwork(res.error) ? '待上传' : '失败', error: res.error.message });
  return isNetwork(res.error) ? 'offline' : 'failed';
}

/** Sends the signed-in person's waiting items; resolves with how many were sent. */
export function flushOutbox(): Promise<number> {
  if (running) return running;
  const personId = owner;
  running = (async () => {
    let sent = 0;
    for (const item of listOutbox()) {
      if (item.personId !== personId || item.state === '失败') continue;
      const outcome = await sendItem(item);
      if (outcome === 'sent') sent += 1;
      if (outcome === 'offline') break; // still no network: try again on the next change
    }
    return sent;
  })().finally(() => { running = null; });
  return running;
}

/** Sends one failed item again (the teacher tapped 重试). */
export async function retryOutboxItem(requestId: string): Promise<void> {
  updateOutbox(requestId, { state: '待上传', error: undefined });
  await flushOutbox();
}

/** Who is signed in now (null = nobody): only their items are sent. Starts listening once. */
export function startOutboxSync(personId: string | null): void {
  owner = personId;
  if (!listening) {
    listening = true;
    Taro.onNetworkStatusChange?.((res) => { if (res.isConnected) void flushOutbox(); });
    if (process.env.TARO_ENV !== 'weapp' && typeof window !== 'undefined') {
      window.addEventListener('online', () => { void flushOutbox(); });
    }
  }
  if (personId) void flushOutbox();
}
