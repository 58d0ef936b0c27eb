import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { useRemote, type RemoteState } from '@/hooks/use-remote';
import type { ApiError } from '@/services/api-client';
import { fetchRecordCredits, type MyProgress } from '@/services/progress';
import { fetchRecord } from '@/services/records';
import { withdrawRecord, type RecordView } from '../api/records';

/** Where a withdrawal stands: idle, asking the server, or refused (message shown under the button). */
export type WithdrawState = { status: 'idle' } | { status: 'busy' } | { status: 'error'; error: ApiError };

/**
 * One record (records.get) and, once it is in, what it earns (progress.mine for its year
 * with its id: the explanation chain). Withdrawing asks for confirmation first, then
 * shows the record as the server returns it and refreshes the credits.
 */
export function useRecordDetail(recordId: string): {
  record: RemoteState<RecordView>;
  credits: RemoteState<MyProgress> | null;
  reload: () => Promise<void>;
  /** Asks for the credits again (their own 重试; the record stays as shown). */
  reloadCredits: () => Promise<void>;
  withdraw: WithdrawState;
  askWithdraw: () => Promise<void>;
} {
  const record = useRemote(() => fetchRecord(recordId));
  const [shown, setShown] = useState<RecordView | null>(null);
  const current = shown ?? (record.state.status === 'success' ? record.state.data : null);
  const yearRef = useRef<number | null>(null);
  yearRef.current = current?.year ?? null;

  const credits = useRemote(() => fetchRecordCredits(yearRef.current ?? 0, recordId), false);
  const [withdraw, setWithdraw] = useState<WithdrawState>({ status: 'idle' });

  const year = current?.year ?? null;
  const status = current?.status ?? null;
  const reloadCredits = credits.reload;
  useEffect(() => {
    if (year !== null) void reloadCredits();
  }, [year, status, reloadCredits]);

  const reload = useCallback(async () => {
    setShown(null);
    await record.reload();
  }, [record]);

  const askWithdraw = useCallback(async () => {
    if (!current || withdraw.status === 'busy') return;
    const answer = await Taro.showModal({
      title: '撤回这条记录？',
      content: '撤回后学校不再审核，这条记录也不计学分。如需再交，要重新登记。',
      confirmText: '确定撤回',
      cancelText: '不撤回',
      confirmColor: '#a8071a',
    });
    if (!answer.confirm) return;
    setWithdraw({ status: 'busy' });
    const result = await withdrawRecord(current);
    if (!result.ok) {
      setWithdraw({ status: 'error', error: result.error });
      // Someone (a reviewer) changed it meanwhile: show the record as it is now.
      if (result.error.code === 'VERSION_CONFLICT' || result.error.code === 'INVALID_STATE') await reload();
      return;
    }
    setShown(result.data);
    setWithdraw({ status: 'idle' });
    void Taro.showToast({ title: '已撤回', icon: 'success', duration: 2000 });
  }, [current, withdraw.status, reload]);

  const recordState: RemoteState<RecordView> = shown ? { status: 'success', data: shown } : record.state;
  return { record: recordState, credits: year === null ? null : credits.state, reload, reloadCredits, withdraw, askWithdraw };
}
