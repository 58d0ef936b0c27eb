import Taro from '@tarojs/taro';
import { submitData } from '@shared/schemas/api/records';
import { callFunction, isOffline, type ApiError } from './api-client';
import { listOutbox, removeOutbox, updateOutbox, type OutboxItem } from './outbox';
import { uploadCertificate } from './upload';

/**
 * Sends the outbox: at start (首页 calls {@link startOutboxSync} once a teacher is known)
 * and whenever the network comes back (`Taro.onNetworkStatusChange`; H5 also `online`).
 * One flush at a time. A network failure leaves the item 待上传 for the next chance; any
 * other answer (duplicate number, invalid input, a refused photo) marks it 失败 with the
 * server's message and code; it stays 失败 until she taps 重试 or 删除 in 我的记录.
 */

/** The item after a failed attempt: waiting again when offline, otherwise 失败; the reason kept. */
const failedPatch = (e: ApiError): Partial<OutboxItem> =>
  ({ state: isOffline(e) ? '待上传' : '失败', error: e.message, errorCode: e.code });

let owner: string | null = null;
let running: Promise<number> | null = null;
let listening = false;

/** Sends one item: missing photo uploads first (each once), then records.submit with its requestId. */
async function sendItem(item: OutboxItem): Promise<'sent' | 'offline' | 'failed'> {
  updateOutbox(item.requestId, { state: '上传中', error: undefined, errorCode: undefined });
  const photos = [...item.photos];
  for (let i = 0; i < photos.length; i += 1) {
    const p = photos[i]!;
    if (p.uploadId) continue;
    const up = await uploadCertificate({ key: p.key, kind: p.kind, localPath: p.localPath, onProgress: () => undefined });
    if (!up.ok) {
      updateOutbox(item.requestId, { ...failedPatch(up.error), photos });
      return isOffline(up.error) ? 'offline' : 'failed';
    }
    photos[i] = { ...p, uploadId: up.data.uploadId };
    updateOutbox(item.requestId, { photos }); // never upload this photo again
  }
  const uploadIds = photos.map((p) => p.uploadId as string);
  const res = await callFunction('records', 'submit', {
    requestId: item.requestId, record: item.record, ...(uploadIds.length ? { uploadIds } : {}), ...(item.retake ? { retake: true } : {}),
  }, submitData);
  if (res.ok) { removeOutbox(item.requestId); return 'sent'; }
  updateOutbox(item.requestId, failedPatch(res.error));
  return isOffline(res.error) ? 'offline' : 'failed';
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

/**
 * Sends one failed item again (the teacher tapped 重试 in 我的记录), with the same requestId,
 * so it can only ever make one record. Resolves true when it was sent (left the outbox).
 */
export async function retryOutboxItem(requestId: string): Promise<boolean> {
  if (!listOutbox().some((i) => i.requestId === requestId)) return false;
  updateOutbox(requestId, { state: '待上传', error: undefined, errorCode: undefined });
  // A flush already under way read the list while this item was 失败 and skips it: send after it.
  if (running) await running;
  await flushOutbox();
  return !listOutbox().some((i) => i.requestId === requestId);
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
