import { useState } from 'react';
import type { RecordView } from '@shared/schemas/api/views';
import type { RecordInput } from '@shared/schemas/record';
import { isOffline } from '@/services/api-client';
import { enqueueOutbox } from '@/services/outbox';
import { startOutboxSync } from '@/services/outbox-sync';
import { resubmitRecord, submitRecord } from '../api/records';
import { clearDraft } from '../model/draft-store';
import type { PhotoSlot } from './use-photos';

/** Where a submit ended. */
export type SubmitOutcome =
  | { kind: 'submitted'; record: RecordView }
  | { kind: 'resubmitted'; record: RecordView }
  /** No network: kept in the outbox (待上传), sent when the network returns. */
  | { kind: 'queued'; requestId: string };

export type SubmitState =
  | { kind: 'idle' }
  | { kind: 'sending' }
  /** The server says the certificate number was used: she decides. */
  | { kind: 'duplicate'; message: string }
  | { kind: 'error'; message: string }
  | { kind: 'done'; outcome: SubmitOutcome };

/**
 * A photo the server refused (IMAGE_TOO_LARGE, FILE_UNSAFE, FILE_DAMAGED…): sending it again
 * later would fail the same way, so it must never go to the outbox. A failed photo without a
 * code was restored from a draft and not tried yet.
 */
const refusedPhoto = (photos: PhotoSlot[]) =>
  photos.find((p) => p.state === 'failed' && p.errorCode !== undefined && !isOffline({ code: p.errorCode }));

/** The server's own words first, then what to do on this form. */
function refusedMessage(photo: PhotoSlot): string {
  const why = (photo.error ?? '照片没有上传成功').replace(/[。！!.]$/, '');
  return `有一张照片没能上传：${why}。请删掉这张照片，再点「提交」。`;
}

export interface SubmitArgs {
  personId: string;
  requestId: string;
  input: RecordInput;
  photos: PhotoSlot[];
  /** Resubmit: the returned record and the attached files she replaced. */
  record: RecordView | null;
  removeFileIds: string[];
}

/**
 * 提交 / 重新提交. A new record goes with the draft's requestId, so sending it again (double
 * tap, outbox after a lost answer) lands one record. Without network a new record goes to
 * the outbox with its photos (uploaded ones by uploadId, the rest as local files).
 */
export function useSubmit() {
  const [state, setState] = useState<SubmitState>({ kind: 'idle' });

  async function send(a: SubmitArgs, retake = false): Promise<void> {
    setState({ kind: 'sending' });
    const waiting = a.photos.filter((p) => !p.uploadId);
    const uploadIds = a.photos.flatMap((p) => (p.uploadId ? [p.uploadId] : []));
    const queue = () => {
      enqueueOutbox({
        requestId: a.requestId, personId: a.personId, title: a.input.title, createdAt: new Date().toISOString(), record: a.input,
        ...(retake ? { retake } : {}),
        photos: a.photos.map((p) => ({ key: p.key, kind: p.kind, localPath: p.localPath, ...(p.uploadId ? { uploadId: p.uploadId } : {}) })),
      });
      clearDraft(a.personId, null);
      // 首页 normally listens for the network; this page may have been opened without it.
      startOutboxSync(a.personId);
      setState({ kind: 'done', outcome: { kind: 'queued', requestId: a.requestId } });
    };
    if (waiting.length > 0) {
      const refused = refusedPhoto(waiting);
      if (refused) { setState({ kind: 'error', message: refusedMessage(refused) }); return; }
      // Only photos that never reached the server (no network) wait in the outbox with the record.
      const offlineFailure = waiting.every((p) => p.state === 'failed');
      if (!a.record && offlineFailure) { queue(); return; }
      setState({ kind: 'error', message: waiting.some((p) => p.state === 'failed') ? '有照片没有上传成功，请点照片下的「重试」' : '照片还在上传，请稍等几秒再提交' });
      return;
    }
    const res = a.record
      ? await resubmitRecord({ recordId: a.record.id, version: a.record.version, record: a.input, uploadIds, removeFileIds: a.removeFileIds, retake })
      : await submitRecord({ requestId: a.requestId, record: a.input, uploadIds, retake });
    if (res.ok) {
      clearDraft(a.personId, a.record?.id ?? null);
      setState({ kind: 'done', outcome: { kind: a.record ? 'resubmitted' : 'submitted', record: res.data.record } });
      return;
    }
    if (res.error.code === 'DUPLICATE') { setState({ kind: 'duplicate', message: res.error.message }); return; }
    if (isOffline(res.error) && !a.record) { queue(); return; }
    setState({ kind: 'error', message: isOffline(res.error) ? '网络不太好，修改已保存在手机上，请联网后再点「重新提交」' : res.error.message });
  }

  return { state, send, reset: () => setState({ kind: 'idle' }) };
}
