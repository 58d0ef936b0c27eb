import Taro from '@tarojs/taro';
import type { RecordInputRaw } from '@shared/schemas/record';

/**
 * The outbox: submits made without network, kept on the phone until they are sent
 * (contract in coord CONTRACTS.md; 我的记录 shows them as 「待上传」 rows). Each item
 * carries the `requestId` the form made for its draft, so however often it is sent
 * the server stores one record. Photos not uploaded yet travel with the item.
 * Sending lives in outbox-sync.ts; this file is the queue and its listeners.
 */

export type OutboxState = '待上传' | '上传中' | '失败';

/** A photo of a queued submit: uploaded already (uploadId) or still only on the phone. */
export interface OutboxPhoto { key: string; kind: 'image' | 'pdf'; localPath: string; uploadId?: string }

export interface OutboxItem {
  requestId: string;
  /** Whose submit it is: only sent while this person is signed in. */
  personId: string;
  /** Training name, for the row in 我的记录. */
  title: string;
  /** ISO time the teacher pressed 提交. */
  createdAt: string;
  state: OutboxState;
  /** Why the last attempt failed: the server's Chinese message, shown in 我的记录. */
  error?: string;
  /** The UPPER_SNAKE code of that failure (e.g. FILE_UNSAFE, DUPLICATE, NETWORK). */
  errorCode?: string;
  /** The record input (records.submit `record`). */
  record: RecordInputRaw;
  retake?: boolean;
  photos: OutboxPhoto[];
}

export const OUTBOX_STORAGE_KEY = 'teacher-credits.outbox';

type Listener = (items: OutboxItem[]) => void;
const listeners = new Set<Listener>();

function read(): OutboxItem[] {
  const raw: unknown = Taro.getStorageSync(OUTBOX_STORAGE_KEY);
  return Array.isArray(raw) ? (raw as OutboxItem[]) : [];
}

function write(items: OutboxItem[]): void {
  Taro.setStorageSync(OUTBOX_STORAGE_KEY, items);
  for (const l of [...listeners]) l(items);
}

/** Every queued submit, oldest first. */
export function listOutbox(): OutboxItem[] {
  return read();
}

/** Called with the whole list after every change; returns the unsubscribe function. */
export function subscribeOutbox(listener: Listener): () => void {
  listeners.add(listener);
  return () => { listeners.delete(listener); };
}

/** Queues a submit (replacing one with the same requestId: the same draft sent again). */
export function enqueueOutbox(item: Omit<OutboxItem, 'state'>): void {
  write([...read().filter((i) => i.requestId !== item.requestId), { ...item, state: '待上传' }]);
}

/** Changes one item (state, error, photos' uploadIds). */
export function updateOutbox(requestId: string, patch: Partial<OutboxItem>): void {
  write(read().map((i) => (i.requestId === requestId ? { ...i, ...patch } : i)));
}

/** Drops an item: it was sent, or the teacher deleted it. */
export function removeOutbox(requestId: string): void {
  write(read().filter((i) => i.requestId !== requestId));
}
