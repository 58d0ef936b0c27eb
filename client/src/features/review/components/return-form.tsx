import { useState } from 'react';
import { Button, Text, Textarea, View } from '@tarojs/components';
import { commonReasons, reviewFields, type ReviewFieldKey } from './review-text';

export interface ReturnFormProps {
  busy: boolean;
  onSubmit: (reason: string, fields: ReviewFieldKey[]) => void;
  onCancel: () => void;
}

/**
 * 退回: a reason is required — common ones are one tap (each also marks the fields it is
 * about) — plus free text, and the fields the teacher must fix. Only those fields open
 * for editing on her side.
 */
export function ReturnForm({ busy, onSubmit, onCancel }: ReturnFormProps) {
  const [picked, setPicked] = useState<string[]>([]);
  const [text, setText] = useState('');
  const [fields, setFields] = useState<ReviewFieldKey[]>([]);
  const reason = [...picked, text.trim()].filter(Boolean).join('；');
  const pick = (r: (typeof commonReasons)[number]) => {
    const on = picked.includes(r.text);
    setPicked(on ? picked.filter((x) => x !== r.text) : [...picked, r.text]);
    if (!on) setFields((f) => [...new Set([...f, ...r.fields])]);
  };
  const toggleField = (k: ReviewFieldKey) => setFields((f) => (f.includes(k) ? f.filter((x) => x !== k) : [...f, k]));
  return (
    <View className="card returnform" id="return-form">
      <Text className="card__title">退回原因（必填）</Text>
      <View className="chips">
        {commonReasons.map((r, i) => (
          <Text key={r.text} id={`reason-${i}`} className={`chip chip--tap${picked.includes(r.text) ? ' chip--on' : ''}`} onClick={() => pick(r)}>
            {picked.includes(r.text) ? '✓ ' : ''}{r.text}
          </Text>
        ))}
      </View>
      <Textarea
        className="returnform__text"
        id="reason-text"
        value={text}
        maxlength={150}
        placeholder="也可以写几句话告诉老师怎么改"
        onInput={(e) => setText(e.detail.value)}
      />
      <Text className="card__title returnform__sub">请老师修改哪几项（可多选）</Text>
      <View className="chips">
        {reviewFields.map((f) => (
          <Text key={f.key} id={`return-field-${f.key}`} className={`chip chip--tap${fields.includes(f.key) ? ' chip--on' : ''}`} onClick={() => toggleField(f.key)}>
            {fields.includes(f.key) ? '✓ ' : ''}{f.label}
          </Text>
        ))}
      </View>
      {reason === '' ? <Text className="field__error" id="reason-missing">请先点一个原因，或写上原因</Text> : null}
      <Button className="btn btn--danger" id="return-send" disabled={busy || reason === '' || undefined} onClick={() => onSubmit(reason.slice(0, 200), fields)}>
        {busy ? '正在退回…' : '确认退回'}
      </Button>
      <Button className="btn btn--plain" id="return-cancel" disabled={busy || undefined} onClick={onCancel}>不退回了</Button>
    </View>
  );
}
