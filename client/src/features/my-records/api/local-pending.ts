/**
 * Seam for submissions still on the phone (the outbox of 登记证书, owned by the capture
 * feature: client/src/services/outbox.ts). 我的记录 shows them on top as 「待上传」 rows,
 * or 「失败」 rows with the server's reason and 重试 / 删除. The list only needs these
 * functions, so it is tested with fakes and wired to the real outbox where the page is composed.
 */
export interface LocalPendingItem {
  requestId: string;
  title: string;
  /** ISO date-time the teacher pressed 提交. */
  createdAt: string;
  state: '待上传' | '上传中' | '失败';
  /** Why the last attempt failed: the server's Chinese message (shown on a 失败 row). */
  error?: string;
}

export interface LocalPendingSource {
  list(): LocalPendingItem[];
  /** Calls `listener` whenever the queue changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Sends a 失败 item again (same requestId: one record however often); true when it was sent. */
  retry(requestId: string): Promise<boolean>;
  /** Drops an item from the phone (she confirmed 删除). */
  remove(requestId: string): void;
}

/** Nothing queued on this phone (the default until the outbox is wired in). */
export const noLocalPending: LocalPendingSource = {
  list: () => [], subscribe: () => () => undefined, retry: () => Promise.resolve(false), remove: () => undefined,
};

/** A queued submit as the outbox keeps it (who pressed 提交 on this phone, and what). */
export interface OutboxEntry extends LocalPendingItem { personId: string; errorCode?: string }

/**
 * The outbox as 「待上传」 rows of ONE teacher: a shared phone (a colleague signed in
 * before) must not show someone else's queued certificates, nor let her retry or delete
 * them. Nobody signed in: no rows.
 */
export function outboxOf(
  personId: string | null,
  outbox: Omit<LocalPendingSource, 'list'> & { list(): OutboxEntry[] },
): LocalPendingSource {
  const mine = () => (personId ? outbox.list().filter((i) => i.personId === personId) : []);
  const isMine = (requestId: string) => mine().some((i) => i.requestId === requestId);
  return {
    list: () => mine().map(({ requestId, title, createdAt, state, error }) => ({
      requestId, title, createdAt, state, ...(error ? { error } : {}),
    })),
    subscribe: (listener) => outbox.subscribe(listener),
    retry: (requestId) => (isMine(requestId) ? outbox.retry(requestId) : Promise.resolve(false)),
    remove: (requestId) => { if (isMine(requestId)) outbox.remove(requestId); },
  };
}
