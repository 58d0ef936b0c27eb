import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { useRemote } from '@/hooks/use-remote';
import { openDownload } from '@/services/open-download';
import { assessSession, closeSession, exportSignInSheet, fetchCode, fetchSession, markPresent, type SignInCode } from '../api/training';
import { closeConfirmText } from '../components/training-text';

/** Live count: the session and its attendance are asked again this often while the page is open. */
export const POLL_MS = 5_000;

/**
 * The organiser's live screen: session + attendees polled every 5 s; the sign-in code asked again
 * `refreshInMs` after each answer (60 s; it is valid 120 s, so a slow answer never leaves an
 * expired code on screen); hand marking, 合格, 结束并计入学时 (after a confirmation).
 */
export function useSessionDetail(sessionId: string) {
  const detail = useRemote(() => fetchSession(sessionId));
  const [code, setCode] = useState<{ status: 'loading' } | { status: 'ok'; data: SignInCode } | { status: 'error'; message: string }>({ status: 'loading' });
  const [busy, setBusy] = useState(false);
  const [closeError, setCloseError] = useState<string | null>(null);
  const open = detail.state.status === 'success' && detail.state.data.session.status === 'planned';
  const alive = useRef(true);
  useEffect(() => () => { alive.current = false; }, []);

  useEffect(() => {
    if (!open) return undefined;
    const timer = setInterval(() => { void detail.reload(); }, POLL_MS);
    return () => clearInterval(timer);
  }, [open, detail.reload]);

  useEffect(() => {
    if (!open) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = async () => {
      const res = await fetchCode(sessionId);
      if (!alive.current) return;
      if (res.ok) { setCode({ status: 'ok', data: res.data }); timer = setTimeout(() => void next(), res.data.refreshInMs); }
      else { setCode({ status: 'error', message: res.error.message }); timer = setTimeout(() => void next(), 10_000); }
    };
    void next();
    return () => { if (timer) clearTimeout(timer); };
  }, [open, sessionId]);

  const mark = useCallback(async (teacherId: string, present: boolean) => {
    setBusy(true);
    await markPresent(sessionId, [teacherId], present);
    setBusy(false);
    void detail.reload();
  }, [sessionId, detail.reload]);

  const setPassed = useCallback(async (passedIds: string[]) => {
    if (detail.state.status !== 'success') return;
    setBusy(true);
    await assessSession(sessionId, detail.state.data.session.version, passedIds);
    setBusy(false);
    void detail.reload();
  }, [sessionId, detail.state, detail.reload]);

  const close = useCallback(async () => {
    if (detail.state.status !== 'success') return;
    const { session, attendees } = detail.state.data;
    const sure = await Taro.showModal({ title: '结束并计入学时？', content: closeConfirmText(session, attendees), confirmText: '结束计入', cancelText: '再等等' });
    if (!sure.confirm) return;
    setBusy(true);
    setCloseError(null);
    const res = await closeSession(sessionId, session.version);
    setBusy(false);
    if (!res.ok) setCloseError(res.error.message);
    void detail.reload();
  }, [sessionId, detail.state, detail.reload]);

  /** 导出签到表: the xlsx opened (weapp: WeChat's viewer, forwardable; H5: downloaded); a failure says why. */
  const exportSheet = useCallback(async () => {
    setBusy(true);
    const res = await exportSignInSheet(sessionId);
    const opened = res.ok ? await openDownload(res.data.url, res.data.export.fileName) : { ok: false as const, message: res.error.message };
    setBusy(false);
    if (!opened.ok) void Taro.showToast({ title: opened.message, icon: 'none', duration: 3000 });
  }, [sessionId]);

  return { detail: detail.state, reload: detail.reload, code, busy, closeError, mark, setPassed, close, exportSheet };
}
