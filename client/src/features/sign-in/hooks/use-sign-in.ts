import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '@/services/api-client';
import { normaliseCode } from '@/services/sign-in-code';
import { signIn, signOut, type SignInAnswer } from '../api/sign-in';

export type SignInState =
  | { status: 'idle' }
  | { status: 'busy'; code: string }
  | { status: 'done'; code: string; answer: SignInAnswer; signedOut: boolean }
  | { status: 'error'; code: string | null; error: ApiError };

/**
 * The scan page's state: signs in at once with the code the page was opened with; a typed code
 * (H5, or a camera that failed) goes through `submit`; 签退 where the session counts actual hours.
 */
export function useSignIn(initialCode: string | null) {
  const [state, setState] = useState<SignInState>({ status: 'idle' });
  const latest = useRef(0);
  const run = useCallback(async (code: string, kind: 'in' | 'out' = 'in') => {
    const id = ++latest.current;
    setState({ status: 'busy', code });
    const res = kind === 'in' ? await signIn(code) : await signOut(code);
    if (id !== latest.current) return;
    setState(res.ok ? { status: 'done', code, answer: res.data, signedOut: kind === 'out' } : { status: 'error', code, error: res.error });
  }, []);
  useEffect(() => {
    if (initialCode) void run(initialCode);
    return () => { latest.current += 1; };
  }, [initialCode, run]);
  const submit = useCallback((typed: string) => {
    const code = normaliseCode(typed);
    if (!code) {
      setState({ status: 'error', code: null, error: { code: 'BAD_CODE', message: '签到码是 10 位字母或数字，请对照屏幕再输入一次' } });
      return;
    }
    void run(code);
  }, [run]);
  return { state, submit, retry: () => { if (state.status === 'error' && state.code) void run(state.code); }, signOut: (code: string) => void run(code, 'out') };
}
