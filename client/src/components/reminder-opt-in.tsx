import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { useRemote } from '@/hooks/use-remote';
import { fetchSubscriptions, optIn } from '@/services/reminders';

/**
 * 「提醒我」: one tap asks for one WeChat message of each reminder that concerns her (新培训通知、
 * 学分差额提醒 for teachers; 待审核提醒 for reviewers) and says how many are still to come. WeChat
 * sends one message per consent, so the card says so plainly. Hidden when nothing is configured.
 */
export function ReminderOptIn() {
  const { state, reload } = useRemote(fetchSubscriptions);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  if (state.status !== 'success') return null; // a reminder card never blocks the page it sits on
  const subs = state.data.subscriptions.filter((s) => s.templateId);
  if (!subs.length) return null;
  const ask = async () => {
    setBusy(true);
    const res = await optIn(subs);
    setBusy(false);
    setNote(res.ok ? '好的，有消息时微信会提醒您。' : res.error.message);
    if (res.ok) void reload();
  };
  return (
    <View className="card" id="reminder-opt-in">
      <Text className="card__title">微信提醒</Text>
      {subs.map((s) => (
        <Text key={s.kind} className="card__hint" id={`reminder-${s.kind}`}>{s.label}：{s.remaining > 0 ? `还会提醒 ${s.remaining} 次` : '未开启'}</Text>
      ))}
      <Text className="card__hint">微信规定：每点一次「提醒我」，每种提醒只能发一条。</Text>
      <Button className="btn btn--plain" id="reminder-ask" disabled={busy || undefined} onClick={() => void ask()}>提醒我</Button>
      {note ? <Text className="card__hint" id="reminder-note">{note}</Text> : null}
    </View>
  );
}
