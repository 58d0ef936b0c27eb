import { Button, Input, Text, View } from '@tarojs/components';
import type { ApiError } from '@/services/api-client';
import type { BindInput } from '../api/schemas';
import { useCodeForm } from '../hooks/use-code-form';

export interface CodeFormProps {
  title: string;
  hint: string;
  submitText: string;
  /** Resolves to null on success, or the error to show under the form. */
  onSubmit: (input: BindInput) => Promise<ApiError | null>;
}

/** 姓名 + 绑定码: the same form signs in locally (H5) and binds WeChat (weapp). */
export function CodeForm({ title, hint, submitText, onSubmit }: CodeFormProps) {
  const form = useCodeForm(onSubmit);
  return (
    <View className="card code-form" id="code-form">
      <Text className="card__title">{title}</Text>
      <Text className="card__hint">{hint}</Text>
      <Text className="field__label">姓名</Text>
      <Input
        className="field__input"
        id="code-form-name"
        placeholder="请输入花名册上的姓名"
        value={form.name}
        onInput={(e) => form.setName(e.detail.value)}
      />
      <Text className="field__label">绑定码</Text>
      <Input
        className="field__input"
        id="code-form-code"
        placeholder="学校发给你的绑定码"
        value={form.code}
        onInput={(e) => form.setCode(e.detail.value)}
      />
      {form.message ? <Text className="field__error" id="code-form-error">{form.message}</Text> : null}
      {/* undefined, not false: the H5 web component styles any `disabled` attribute as disabled. */}
      <Button className="btn btn--primary" id="code-form-submit" loading={form.busy || undefined} disabled={form.busy || undefined} onClick={form.submit}>
        {submitText}
      </Button>
    </View>
  );
}
