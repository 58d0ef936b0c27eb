import '../training.css';
import { Button, Image, Text, View } from '@tarojs/components';
import { beijingTime } from '@shared/time/beijing-time';
import { StatusView } from '@/components/status-view';
import { RemoteError } from '@/components/remote-error';
import type { RemoteState } from '@/hooks/use-remote';
import type { Attendee, SessionDetail, SignInCode } from '../api/training';
import { hoursText, statusWords, whenText } from './training-text';

export interface SessionDetailProps {
  detail: RemoteState<SessionDetail>;
  code: { status: 'loading' } | { status: 'ok'; data: SignInCode } | { status: 'error'; message: string };
  busy: boolean;
  closeError: string | null;
  onRetry: () => void;
  onMark: (teacherId: string, present: boolean) => void;
  onPassed: (passedIds: string[]) => void;
  onClose: () => void;
  /** 导出签到表 (registers.sign-in-sheet); absent until that action is wired. */
  onExport?: () => void;
}

const outcomeWords: Record<NonNullable<Attendee['outcome']>, string> = {
  credited: '已计入学时', 'not-passed': '未合格，不计', 'no-sign-out': '没有签退，不计', duplicate: '已有同一培训的记录，不重复计', absent: '',
};

/** After closing: what became of her attendance (the reason only where it says more than the word). */
function outcomeText(a: Attendee): string {
  const word = outcomeWords[a.outcome ?? 'absent'];
  if (!a.reason || a.outcome === 'absent' || /^迟到/u.test(a.reason)) return word;
  return word ? `${word}：${a.reason}` : a.reason;
}

/** The 10-character code in groups, easy to read aloud: ABCD 2345 XY. */
export const spacedCode = (c: string): string => c.replace(/(.{4})(.{4})(.*)/u, '$1 $2 $3').trim();

function CodePanel({ code }: { code: SessionDetailProps['code'] }) {
  if (code.status === 'loading') return <StatusView kind="loading" title="正在生成签到二维码…" />;
  if (code.status === 'error') return <StatusView kind="error" title="签到二维码暂时出不来" description={`${code.message}（会自动再试）`} />;
  const c = code.data;
  return (
    <View className="tcode" id="sign-in-code">
      <Text className="tcode__title">请老师们用微信扫码签到</Text>
      <Image className="tcode__img" id="sign-in-code-image" src={`data:${c.image.mime};base64,${c.image.base64}`} mode="aspectFit" />
      <View className="tcode__side">
        <Text className="tcode__label">签到码</Text>
        <Text className="tcode__text" id="sign-in-code-text">{spacedCode(c.code)}</Text>
        <Text className="tcode__hint">二维码每分钟自动更换；{beijingTime(c.expiresAt, 'HH:mm')} 前有效</Text>
      </View>
    </View>
  );
}

function AttendeeRow({ a, open, assessed, passed, busy, onMark, onToggle }: {
  a: Attendee; open: boolean; assessed: boolean; passed: boolean; busy: boolean; onMark: (present: boolean) => void; onToggle: () => void;
}) {
  return (
    <View className={`tatt ${a.signedInAt ? 'tatt--in' : ''}`} id={`att-${a.teacherId}`}>
      <View className="tatt__who">
        <Text className="tatt__name">{a.name}</Text>
        <Text className="tatt__meta">{[a.schoolName, a.subject].filter(Boolean).join(' · ')}</Text>
      </View>
      <View className="tatt__state">
        {a.signedInAt ? (
          <Text className="tatt__time">✓ {beijingTime(a.signedInAt, 'HH:mm')}{a.via === 'hand' ? ' 手工' : ''}{a.late ? ` 迟到${a.lateMinutes}分` : ''}</Text>
        ) : <Text className="tatt__none">未签到</Text>}
        {!open && a.outcome ? <Text className={`tatt__outcome tatt__outcome--${a.outcome}`}>{outcomeText(a)}</Text> : null}
      </View>
      {open && !a.signedInAt ? (
        <Button className="btn btn--plain btn--small" id={`mark-${a.teacherId}`} disabled={busy || undefined} onClick={() => onMark(true)}>手工签到</Button>
      ) : null}
      {open && a.signedInAt && a.via === 'hand' ? (
        <Button className="btn btn--danger-plain btn--small" id={`unmark-${a.teacherId}`} disabled={busy || undefined} onClick={() => onMark(false)}>撤销</Button>
      ) : null}
      {open && assessed && a.signedInAt ? (
        <Button className={`btn btn--small ${passed ? 'btn--primary' : 'btn--plain'}`} id={`pass-${a.teacherId}`} disabled={busy || undefined} onClick={onToggle}>
          {passed ? '✓ 合格' : '合格'}
        </Button>
      ) : null}
    </View>
  );
}

/** One session: the big code, the live count, the list (hand marking, 合格), 结束并计入学时, 导出签到表. */
export function SessionDetailView({ detail, code, busy, closeError, onRetry, onMark, onPassed, onClose, onExport }: SessionDetailProps) {
  if (detail.status === 'loading') return <StatusView kind="loading" title="正在读取这场培训…" />;
  if (detail.status === 'error') return <RemoteError error={detail.error} title="这场培训读不出来" what="培训签到" onRetry={onRetry} />;
  const { session: s, attendees } = detail.data;
  const open = s.status === 'planned';
  const signed = attendees.filter((a) => a.signedInAt).length;
  const toggle = (id: string) => onPassed(s.passedIds.includes(id) ? s.passedIds.filter((x) => x !== id) : [...s.passedIds, id]);
  return (
    <View className="tdetail" id="session-detail">
      <View className="card">
        <Text className={`tchip tchip--${s.status}`}>{statusWords[s.status]}</Text>
        <Text className="tdetail__title">{s.title}</Text>
        <Text className="tsrow__facts">{whenText(s)}</Text>
        <Text className="tsrow__facts">地点：{s.place}</Text>
        <Text className="tsrow__facts">每人 {hoursText(s.hours)}{s.assessed ? ' · 合格才计' : ''}{s.countsActualHours ? ' · 按实际签到时长计' : ''}</Text>
      </View>
      <View className="tdetail__live">
        {open ? <CodePanel code={code} /> : null}
        <View className="tcount" id="signed-count">
          <Text className="tcount__num">{signed}</Text>
          <Text className="tcount__of">/ {attendees.length} 人已签到</Text>
        </View>
      </View>
      <View className="card" id="attendees">
        <Text className="card__title">应到老师</Text>
        <Text className="card__hint">{open ? '没带手机的老师，点「手工签到」。' : '结束时的结果。'}{s.assessed && open ? '考核合格的，点「合格」。' : ''}</Text>
        {attendees.length ? attendees.map((a) => (
          <AttendeeRow key={a.teacherId} a={a} open={open} assessed={s.assessed} passed={s.passedIds.includes(a.teacherId)} busy={busy}
            onMark={(p) => onMark(a.teacherId, p)} onToggle={() => toggle(a.teacherId)} />
        )) : <Text className="card__hint">名单里没有要参加的老师。</Text>}
      </View>
      {closeError ? <Text className="field__error" id="close-error">{closeError}</Text> : null}
      {open ? <Button className="btn btn--primary btn--big" id="session-close" disabled={busy || undefined} onClick={onClose}>结束并计入学时</Button> : null}
      {onExport ? <Button className="btn btn--plain" id="session-export" onClick={onExport}>导出签到表</Button> : null}
    </View>
  );
}
