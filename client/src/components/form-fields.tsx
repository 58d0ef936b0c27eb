import type { PropsWithChildren } from 'react';
import './form-fields.css';
import { Button, Input, Picker, Text, View } from '@tarojs/components';

/**
 * Form building blocks sized for older eyes and thumbs: labels 34px+, choices as big
 * buttons (not tiny radios), native date pickers, hours stepped in halves.
 */
export interface FieldFrame {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Resubmit: not returned by the reviewer, shown but not editable. */
  locked?: boolean;
  /** Resubmit: the reviewer asked to fix this one. */
  flagged?: boolean;
  /** Prefilled by the certificate reader with low confidence: 「请核对」. */
  check?: boolean;
}

export function FieldShell({ id, label, hint, error, locked, flagged, check, children }: PropsWithChildren<FieldFrame>) {
  const cls = ['entry-field', flagged ? 'entry-field--flagged' : '', locked ? 'entry-field--locked' : '', error ? 'entry-field--error' : ''].join(' ');
  return (
    <View className={cls} id={`field-${id}`}>
      <View className="entry-field__head">
        <Text className="entry-field__label">{label}</Text>
        {flagged ? <Text className="entry-field__flag">请修改</Text> : null}
        {check ? <Text className="entry-field__check">请核对</Text> : null}
      </View>
      {hint && !locked ? <Text className="entry-field__hint">{hint}</Text> : null}
      {children}
      {error ? <Text className="entry-field__error" id={`error-${id}`}>{error}</Text> : null}
    </View>
  );
}

const shown = (v: string) => (v === '' ? '未填写' : v);

export function TextField(props: FieldFrame & { value: string; onChange: (v: string) => void; placeholder?: string; type?: 'text' | 'digit' }) {
  const { value, onChange, placeholder, type, ...frame } = props;
  return (
    <FieldShell {...frame}>
      {frame.locked ? <Text className="entry-field__value">{shown(value)}</Text> : (
        <Input className="field__input entry-input" id={`input-${frame.id}`} value={value} type={type ?? 'text'} placeholder={placeholder}
          placeholderClass="entry-placeholder" maxlength={100} onInput={(e) => onChange(e.detail.value)} />
      )}
    </FieldShell>
  );
}

export function ChoiceField(props: FieldFrame & { value: string; options: readonly string[]; labels?: Record<string, string>; onChange: (v: string) => void }) {
  const { value, options, labels, onChange, ...frame } = props;
  return (
    <FieldShell {...frame}>
      {frame.locked ? <Text className="entry-field__value">{shown(labels?.[value] ?? value)}</Text> : (
        <View className="choice-grid">
          {options.map((o, i) => (
            <Button key={o} id={`choice-${frame.id}-${i}`} className={`choice ${value === o ? 'choice--on' : ''}`} onClick={() => onChange(o)}>
              {labels?.[o] ?? o}
            </Button>
          ))}
        </View>
      )}
    </FieldShell>
  );
}

export function TagsField(props: FieldFrame & { value: string[]; options: string[]; onChange: (v: string[]) => void }) {
  const { value, options, onChange, ...frame } = props;
  const toggle = (t: string) => onChange(value.includes(t) ? value.filter((x) => x !== t) : [...value, t]);
  return (
    <FieldShell {...frame}>
      {frame.locked ? <Text className="entry-field__value">{value.length ? value.join('、') : '都不是'}</Text> : (
        <View className="choice-grid">
          {options.map((o, i) => (
            <Button key={o} id={`tag-${i}`} className={`choice choice--wide ${value.includes(o) ? 'choice--on' : ''}`} onClick={() => toggle(o)}>
              {value.includes(o) ? `✓ ${o}` : o}
            </Button>
          ))}
        </View>
      )}
    </FieldShell>
  );
}

export function DateField(props: FieldFrame & { value: string; onChange: (v: string) => void; end: string }) {
  const { value, onChange, end, ...frame } = props;
  return (
    <FieldShell {...frame}>
      {frame.locked ? <Text className="entry-field__value">{shown(value)}</Text> : (
        <Picker id={`picker-${frame.id}`} mode="date" value={value || end} start="2000-01-01" end={end} onChange={(e) => onChange(String(e.detail.value))}>
          <View className="date-box" id={`date-${frame.id}`}>
            <Text className={value ? 'date-box__value' : 'date-box__empty'}>{value || '点这里选择日期'}</Text>
          </View>
        </Picker>
      )}
    </FieldShell>
  );
}

export function SelectField(props: FieldFrame & { value: string; options: { value: string; label: string }[]; onChange: (v: string) => void }) {
  const { value, options, onChange, ...frame } = props;
  const index = Math.max(0, options.findIndex((o) => o.value === value));
  const label = options.find((o) => o.value === value)?.label ?? '';
  return (
    <FieldShell {...frame}>
      {frame.locked ? <Text className="entry-field__value">{shown(label)}</Text> : (
        <Picker id={`picker-${frame.id}`} mode="selector" range={options.map((o) => o.label)} value={index} onChange={(e) => onChange(options[Number(e.detail.value)]?.value ?? '')}>
          <View className="date-box" id={`select-${frame.id}`}>
            <Text className={label ? 'date-box__value' : 'date-box__empty'}>{label || '点这里选择'}</Text>
          </View>
        </Picker>
      )}
    </FieldShell>
  );
}

/** Hours in halves: type it, or step ± 0.5 with big buttons. */
export function HoursField(props: FieldFrame & { value: string; onChange: (v: string) => void }) {
  const { value, onChange, ...frame } = props;
  const step = (d: number) => {
    const n = Number(value) || 0;
    const next = Math.max(0.5, Math.round((n + d) * 2) / 2);
    onChange(String(next));
  };
  return (
    <FieldShell {...frame}>
      {frame.locked ? <Text className="entry-field__value">{value ? `${value} 学时` : '未填写'}</Text> : (
        <View className="hours">
          <Button className="hours__step" id="hours-minus" onClick={() => step(-0.5)}>－</Button>
          <Input className="field__input hours__input" id="input-hours" type="digit" value={value} placeholder="如 8"
            placeholderClass="entry-placeholder" onInput={(e) => onChange(e.detail.value)} />
          <Text className="hours__unit">学时</Text>
          <Button className="hours__step" id="hours-plus" onClick={() => step(0.5)}>＋</Button>
        </View>
      )}
    </FieldShell>
  );
}

/** A time of day (HH:mm) through the native time picker. */
export function TimeField(props: FieldFrame & { value: string; onChange: (v: string) => void }) {
  const { value, onChange, ...frame } = props;
  return (
    <FieldShell {...frame}>
      <Picker id={`picker-${frame.id}`} mode="time" value={value || '08:00'} onChange={(e) => onChange(String(e.detail.value))}>
        <View className="date-box" id={`time-${frame.id}`}>
          <Text className={value ? 'date-box__value' : 'date-box__empty'}>{value || '点这里选择时间'}</Text>
        </View>
      </Picker>
    </FieldShell>
  );
}

/** Yes / no as two big buttons with words that say what each means (not a tiny switch). */
export function ToggleField(props: FieldFrame & { value: boolean; onChange: (v: boolean) => void; yes: string; no: string }) {
  const { value, onChange, yes, no, ...frame } = props;
  return (
    <FieldShell {...frame}>
      <View className="choice-grid">
        <Button id={`toggle-${frame.id}-no`} className={`choice choice--wide ${!value ? 'choice--on' : ''}`} onClick={() => onChange(false)}>{no}</Button>
        <Button id={`toggle-${frame.id}-yes`} className={`choice choice--wide ${value ? 'choice--on' : ''}`} onClick={() => onChange(true)}>{yes}</Button>
      </View>
    </FieldShell>
  );
}
