import { useState } from 'react';
import type { ApiError } from '@/services/api-client';
import { bindInputSchema, type BindInput } from '../api/schemas';

/**
 * State of the 姓名 + 绑定码 form: field values, the one message to show, busy flag.
 * `submit` validates with the zod schema first, so empty fields never reach the server.
 */
export function useCodeForm(send: (input: BindInput) => Promise<ApiError | null>) {
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    const parsed = bindInputSchema.safeParse({ name, code });
    if (!parsed.success) {
      setMessage(parsed.error.issues[0]?.message ?? '请检查填写的内容');
      return;
    }
    setMessage('');
    setBusy(true);
    const error = await send(parsed.data);
    setBusy(false);
    if (error) setMessage(error.message);
  };

  return { name, setName, code, setCode, message, busy, submit };
}
