import Taro from '@tarojs/taro';
import { emptyFields, type DraftFields } from './draft-fields';

/**
 * The draft on the phone: fields and photos, saved as she types (use-draft.ts) and read
 * back when the form opens, so closing the app loses nothing. One draft per person and
 * per target (a new record, or the returned record being fixed).
 */
export interface StoredPhoto {
  key: string;
  kind: 'image' | 'pdf';
  /** weapp file path / H5 data: URL. */
  localPath: string;
  size: number;
  originalSize?: number;
  uploadId?: string;
}

export interface Draft {
  /** Made once per draft: a submit sent twice (double tap, outbox) makes one record. */
  requestId: string;
  fields: DraftFields;
  photos: StoredPhoto[];
  /** For a resubmit: the record version the draft was started from. */
  version?: number;
  savedAt: string;
}

export const draftKey = (personId: string, recordId: string | null) => `teacher-credits.draft.${personId}.${recordId ?? 'new'}`;

/** A fresh id: `[a-z0-9]`, 20+ characters (records.submit wants 8–64 of `[A-Za-z0-9_-]`). */
export function newRequestId(): string {
  return `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}${Math.random().toString(36).slice(2, 8)}`;
}

export function readDraft(personId: string, recordId: string | null): Draft | null {
  const raw = Taro.getStorageSync(draftKey(personId, recordId)) as Draft | '';
  if (!raw || typeof raw !== 'object' || typeof raw.requestId !== 'string') return null;
  return { ...raw, fields: { ...emptyFields, ...raw.fields }, photos: Array.isArray(raw.photos) ? raw.photos : [] };
}

export function writeDraft(personId: string, recordId: string | null, draft: Draft): void {
  try {
    Taro.setStorageSync(draftKey(personId, recordId), draft);
  } catch {
    // Storage full (H5 keeps photos as data URLs): keep the fields at least.
    Taro.setStorageSync(draftKey(personId, recordId), { ...draft, photos: draft.photos.filter((p) => p.uploadId) });
  }
}

export function clearDraft(personId: string, recordId: string | null): void {
  Taro.removeStorageSync(draftKey(personId, recordId));
}
