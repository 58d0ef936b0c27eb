/**
 * Seam for submissions still on the phone (the outbox of 登记证书, owned by the capture
 * feature: client/src/services/outbox.ts). 我的记录 shows them on top as 「待上传」 rows.
 * The list only needs these two functions, so it is tested with fakes and wired to the
 * real outbox where the page is composed.
 */
export interface LocalPendingItem {
  requestId: string;
  title: string;
  /** ISO date-time the teacher pressed 提交. */
  createdAt: string;
  state: '待上传' | '上传中' | '失败';
}

export interface LocalPendingSource {
  list(): LocalPendingItem[];
  /** Calls `listener` whenever the queue changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** Nothing queued on this phone (the default until the outbox is wired in). */
export const noLocalPending: LocalPendingSource = { list: () => [], subscribe: () => () => undefined };

/** A queued submit as the outbox keeps it (who pressed 提交 on this phone, and what). */
export interface OutboxEntry extends LocalPendingItem { personId: string }

/**
 * The outbox as 「待上传」 rows of ONE teacher: a shared phone (a colleague signed in
 * before) must not show someone else's queued certificates. Nobody signed in: no rows.
 */
export function outboxOf(
  personId: string | null,
  outbox: { list(): OutboxEntry[]; subscribe(listener: () => void): () => void },
): LocalPendingSource {
  return {
    list: () => (personId ? outbox.list().filter((i) => i.personId === personId)
      .map(({ requestId, title, createdAt, state }) => ({ requestId, title, createdAt, state })) : []),
    subscribe: (listener) => outbox.subscribe(listener),
  };
}
