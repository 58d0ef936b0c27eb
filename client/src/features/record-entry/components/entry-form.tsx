import { useEffect, useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { beijingToday, beijingYear } from '@shared/time/beijing-time';
import { toRecordInput, type FieldName } from '../model/draft-fields';
import { computeLocalPreview, summarisePreview } from '../model/local-preview';
import type { EntryBasis } from '../hooks/use-entry-basis';
import { useReaderPrefill } from '../hooks/use-reader-prefill';
import { useRecordDraft, type Prefill } from '../hooks/use-record-draft';
import { filledCount } from '../model/reading-prefill';
import { useSubmit } from '../hooks/use-submit';
import { PhotoStrip } from './photo-strip';
import { PreviewCard } from './preview-card';
import { RecordForm } from './record-form';
import { fieldLabels, ReturnBanner } from './return-banner';
import { SubmitOutcomeView } from './submit-outcome';
import { MY_RECORDS_URL, openPage } from '@/services/navigation';

/** Reviewer field names → the form fields they unlock. */
const unlocks: Record<string, FieldName[]> = { award: ['awardGrade', 'awardLevel'], composite: ['onlineScore', 'offlineScore'] };

const formLabels: Partial<Record<FieldName, string>> = { ...fieldLabels, awardGrade: '考核等次', onlineScore: '线上成绩', offlineScore: '线下成绩' } as Partial<Record<FieldName, string>>;


/** The capture form once its basis is loaded: photos, fields, preview, submit. */
export function EntryForm({ basis, prefill }: { basis: EntryBasis; prefill?: Prefill }) {
  const { person, plan, policy, record } = basis;
  // A new record's first photo is read once; what it reads fills only empty fields.
  const reader = useReaderPrefill(!record && !prefill);
  const draft = useRecordDraft(person.person.id, record, prefill ?? reader.prefill);
  const firstUploadId = draft.photos.photos.find((p) => p.uploadId)?.uploadId;
  useEffect(() => { reader.readFirst(firstUploadId); }, [firstUploadId]);
  const submit = useSubmit();
  const [showErrors, setShowErrors] = useState(false);
  const [dropped, setDropped] = useState<string[]>([]);
  const today = beijingToday();

  const editable = useMemo(() => {
    if (!record || record.returnFields.length === 0) return null;
    return new Set<FieldName>(record.returnFields.flatMap((f) => unlocks[f] ?? [f as FieldName]));
  }, [record]);

  const check = useMemo(() => toRecordInput(draft.fields, plan), [draft.fields, plan]);
  const inputKey = check.ok ? JSON.stringify(check.input) : '';
  const summary = useMemo(() => {
    if (!basis.preview) return 'unavailable' as const;
    if (!check.ok) return null;
    return summarisePreview(computeLocalPreview(basis.preview, check.input, today), beijingYear());
    // inputKey stands for check.input
  }, [basis.preview, inputKey, today]);

  const kept = (record?.certificates ?? []).filter((c) => !dropped.includes(c.fileId));
  // A new record needs its certificate; a returned one keeps its files (it may have none).
  const photoCount = kept.length + draft.photos.photos.length + (record ? 1 : 0);

  if (submit.state.kind === 'done') {
    return (
      <SubmitOutcomeView outcome={submit.state.outcome}
        onAnother={() => void Taro.redirectTo({ url: '/record-entry/submit/index' })}
        onRecords={() => openPage(MY_RECORDS_URL)}
        onHome={() => void Taro.switchTab({ url: '/pages/home/index' })} />
    );
  }

  const go = (retake = false) => {
    setShowErrors(true);
    if (!check.ok || photoCount === 0) return;
    void submit.send({ personId: person.person.id, requestId: draft.requestId, input: check.input, photos: draft.photos.photos, record, removeFileIds: dropped }, retake);
  };
  const errors = showErrors && !check.ok ? check.errors : {};
  const missing = check.ok ? [] : (Object.keys(check.errors) as FieldName[]).map((k) => formLabels[k] ?? k);
  const sending = submit.state.kind === 'sending';
  // New record: photos first (the certificate is what she has in hand); resubmit: the flagged fields first.
  const photoStrip = (
    <PhotoStrip photos={draft.photos} kept={kept} onDropKept={(id) => setDropped((d) => [...d, id])}
      error={showErrors && photoCount === 0 ? '请先拍一张证书照片' : undefined} />
  );

  return (
    <View id="entry-form">
      {record ? <ReturnBanner record={record} /> : null}
      {record ? null : photoStrip}
      <ReaderNoteView note={reader.note} filled={reader.prefill ? filledCount(reader.prefill, draft.fields) : 0} />
      <RecordForm plan={plan} fields={draft.fields} setField={draft.setField} errors={errors} editable={editable}
        lowConfidence={draft.lowConfidence} today={today} />
      {record ? photoStrip : null}
      <PreviewCard summary={summary} missing={missing} policyName={policy.policy.name} fromCache={policy.fromCache} />
      <View className="card submit-bar" id="submit-bar">
        {showErrors && (!check.ok || photoCount === 0) ? (
          <Text className="entry-field__error" id="submit-problems">还有 {missing.length + (photoCount === 0 ? 1 : 0)} 处要填：{[...(photoCount === 0 ? ['证书照片'] : []), ...missing].join('、')}</Text>
        ) : null}
        {submit.state.kind === 'error' ? <Text className="entry-field__error" id="submit-error">{submit.state.message}</Text> : null}
        {submit.state.kind === 'duplicate' ? (
          <View className="duplicate" id="duplicate">
            <Text className="duplicate__text">{submit.state.message}</Text>
            <Button className="btn btn--primary" id="duplicate-retake" onClick={() => go(true)}>这是重复参训，仍然提交</Button>
            <Button className="btn btn--plain" id="duplicate-fix" onClick={submit.reset}>不是，我去改证书编号</Button>
          </View>
        ) : (
          <Button className="btn btn--primary btn--big" id="submit" disabled={sending || undefined} onClick={() => go(false)}>
            {sending ? '正在提交…' : record ? '重新提交' : '提交'}
          </Button>
        )}
        <Text className="submit-bar__saved">{draft.touched ? '填写的内容已自动保存在手机上，关掉也不会丢。' : ' '}</Text>
      </View>
    </View>
  );
}

/** The small line about the certificate reader: reading, how many it filled, or that she types. */
function ReaderNoteView({ note, filled }: { note: string; filled: number }) {
  const text = note === 'reading' ? '正在识别证书…'
    : note === 'read' ? (filled > 0 ? `已根据照片填好 ${filled} 项，请核对` : null)
      : note === 'failed' ? '没能识别，请直接填写' : null;
  return text ? <Text className="card__hint" id="reader-note">{text}</Text> : null;
}
