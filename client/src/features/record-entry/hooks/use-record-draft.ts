import { useEffect, useMemo, useRef, useState } from 'react';
import type { RecordView } from '@shared/schemas/api/views';
import { emptyFields, fieldsFromInput, type DraftFields, type FieldName } from '../model/draft-fields';
import { newRequestId, readDraft, writeDraft, type Draft } from '../model/draft-store';
import { storedPhotos, usePhotos } from './use-photos';

/** What a 证书识别 (certificate reader) found: values with a confidence 0–1 per field. */
export interface Prefill {
  fields: Partial<DraftFields>;
  confidence: Partial<Record<FieldName, number>>;
}

/** Below this a prefilled value is marked 「请核对」. */
export const LOW_CONFIDENCE = 0.8;

/**
 * The form's fields and photos, restored from the phone's draft and saved back on every
 * change (a short pause first, so typing stays smooth). For a resubmit the draft starts
 * from the returned record, and a draft from an older version of it is dropped.
 */
export function useRecordDraft(personId: string, record: RecordView | null, prefill?: Prefill) {
  const recordId = record?.id ?? null;
  const initial = useMemo<Draft>(() => {
    const saved = readDraft(personId, recordId);
    if (saved && (!record || saved.version === record.version)) return saved;
    const fields = record ? fieldsFromInput(record.input) : { ...emptyFields };
    return { requestId: newRequestId(), fields, photos: [], ...(record ? { version: record.version } : {}), savedAt: new Date().toISOString() };
    // Only when the form opens.
  }, [personId, recordId]);

  const [fields, setFields] = useState<DraftFields>(initial.fields);
  const [touched, setTouched] = useState(false);
  const photos = usePhotos(initial.photos);

  // Reader values fill only what she has not typed; low-confidence ones are marked.
  const applied = useRef(false);
  useEffect(() => {
    if (!prefill || applied.current) return;
    applied.current = true;
    setFields((f) => {
      const next = { ...f };
      for (const [k, v] of Object.entries(prefill.fields) as [FieldName, DraftFields[FieldName]][]) {
        const cur = next[k];
        if (v !== undefined && (cur === '' || (Array.isArray(cur) && cur.length === 0))) (next as Record<string, unknown>)[k] = v;
      }
      return next;
    });
  }, [prefill]);

  const stored = storedPhotos(photos.photos);
  const storedKey = JSON.stringify(stored.map((p) => [p.key, p.uploadId ?? '']));
  useEffect(() => {
    const timer = setTimeout(() => {
      writeDraft(personId, recordId, { ...initial, fields, photos: stored, savedAt: new Date().toISOString() });
    }, 250);
    return () => clearTimeout(timer);
    // storedKey stands for `stored` (a new array on every render).
  }, [fields, storedKey, personId, recordId, initial]);

  const setField = <K extends FieldName>(name: K, value: DraftFields[K]) => {
    setTouched(true);
    setFields((f) => ({ ...f, [name]: value }));
  };

  const lowConfidence = new Set<FieldName>(
    prefill ? (Object.entries(prefill.confidence) as [FieldName, number][]).filter(([, c]) => c < LOW_CONFIDENCE).map(([k]) => k) : [],
  );

  return { requestId: initial.requestId, fields, setField, touched, photos, lowConfidence };
}
