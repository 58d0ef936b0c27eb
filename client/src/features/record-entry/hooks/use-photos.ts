import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_PHOTOS, tooManyMessage } from '@/services/photo-size';
import type { NormaliseResult } from '@/services/photo-normalize';
import { uploadCertificate } from '@/services/upload';
import type { StoredPhoto } from '../model/draft-store';

/**
 * The photos of one record: each is normalised, then uploaded at once with its own
 * progress; a failed one offers 重试. A photo that has an uploadId is never sent again,
 * and one already uploading is not started twice (retries never make a second upload).
 */
export interface PhotoSlot extends StoredPhoto {
  state: 'preparing' | 'uploading' | 'done' | 'failed';
  progress: number;
  /** Why the upload failed: the server's Chinese message, shown under the photo. */
  error?: string;
  /** Its code: only NETWORK / TIMEOUT may wait in the outbox (see use-submit.ts). */
  errorCode?: string;
}

const toSlot = (p: StoredPhoto): PhotoSlot => ({ ...p, state: p.uploadId ? 'done' : 'failed', progress: p.uploadId ? 100 : 0 });

function newKey(): string {
  return `p${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;
}

export interface UsePhotos {
  photos: PhotoSlot[];
  /** A message about the last choice (type, size, too many), in Chinese. */
  notice: string | null;
  /** Adds files being normalised (one promise per file). */
  add: (jobs: Promise<NormaliseResult>[]) => Promise<void>;
  retry: (key: string) => void;
  remove: (key: string) => void;
  room: number;
}

export function usePhotos(initial: StoredPhoto[], onlineUploads = true): UsePhotos {
  const [photos, setPhotos] = useState<PhotoSlot[]>(() => initial.map(toSlot));
  const [notice, setNotice] = useState<string | null>(null);
  const inFlight = useRef(new Set<string>());
  const latest = useRef(photos);
  latest.current = photos;

  const patch = useCallback((key: string, p: Partial<PhotoSlot>) => {
    setPhotos((list) => list.map((s) => (s.key === key ? { ...s, ...p } : s)));
  }, []);

  const upload = useCallback(async (slot: PhotoSlot) => {
    if (slot.uploadId || inFlight.current.has(slot.key)) return;
    inFlight.current.add(slot.key);
    patch(slot.key, { state: 'uploading', progress: 0, error: undefined, errorCode: undefined });
    const res = await uploadCertificate({ key: slot.key, kind: slot.kind, localPath: slot.localPath, onProgress: (progress) => patch(slot.key, { progress }) });
    inFlight.current.delete(slot.key);
    if (res.ok) patch(slot.key, { state: 'done', progress: 100, uploadId: res.data.uploadId });
    else patch(slot.key, { state: 'failed', error: res.error.message, errorCode: res.error.code });
  }, [patch]);

  // Photos restored from a draft without an uploadId are sent when the form opens.
  useEffect(() => {
    if (!onlineUploads) return;
    for (const s of latest.current) if (!s.uploadId) void upload(s);
  }, [onlineUploads, upload]);

  const add = useCallback(async (jobs: Promise<NormaliseResult>[]) => {
    const room = MAX_PHOTOS - latest.current.length;
    setNotice(jobs.length > room ? tooManyMessage : null);
    const taken = jobs.slice(0, Math.max(0, room));
    const keys = taken.map(() => newKey());
    setPhotos((list) => [...list, ...keys.map((key): PhotoSlot => ({ key, kind: 'image', localPath: '', size: 0, state: 'preparing', progress: 0 }))]);
    await Promise.all(taken.map(async (job, i) => {
      const key = keys[i]!;
      const res = await job;
      if (!res.ok) {
        setNotice(res.message);
        setPhotos((list) => list.filter((s) => s.key !== key));
        return;
      }
      const slot: PhotoSlot = { key, kind: res.photo.kind, localPath: res.photo.localPath, size: res.photo.size, originalSize: res.photo.originalSize, state: 'uploading', progress: 0 };
      patch(key, slot);
      await upload(slot);
    }));
  }, [patch, upload]);

  const retry = useCallback((key: string) => {
    const slot = latest.current.find((s) => s.key === key);
    if (slot) void upload(slot);
  }, [upload]);

  const remove = useCallback((key: string) => {
    setPhotos((list) => list.filter((s) => s.key !== key));
  }, []);

  return { photos, notice, add, retry, remove, room: MAX_PHOTOS - photos.length };
}

/** What a draft keeps of the photos (not the transient upload state). */
export function storedPhotos(photos: PhotoSlot[]): StoredPhoto[] {
  return photos.filter((p) => p.state !== 'preparing').map(({ key, kind, localPath, size, originalSize, uploadId }) => ({
    key, kind, localPath, size, ...(originalSize ? { originalSize } : {}), ...(uploadId ? { uploadId } : {}),
  }));
}
