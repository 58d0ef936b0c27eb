import '../sign-in.css';
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { StatusView } from '@/components/status-view';
import { isSignedOut, SignedOutView } from '@/components/remote-error';
import { openPage } from '@/services/navigation';
import { MY_TRAININGS_URL, signInCodeOf } from '@/services/sign-in-code';
import type { SignInState } from '../hooks/use-sign-in';
import { refusalLines, successLines } from './sign-in-text';

export interface ScanScreenProps {
  state: SignInState;
  onSubmit: (typed: string) => void;
  onRetry: () => void;
  onSignOut: (code: string) => void;
}

/** Type the code (H5, or when the camera is not at hand): big letters, one field. */
function TypeCode({ onSubmit, first }: { onSubmit: (typed: string) => void; first: boolean }) {
  const [typed, setTyped] = useState('');
  const h5 = process.env.TARO_ENV === 'h5';
  const scanAgain = () => {
    Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] }).then((res) => {
      const code = signInCodeOf(res);
      if (code) onSubmit(code);
      else void Taro.showToast({ title: '这不是签到二维码，请扫组织者屏幕上的二维码', icon: 'none', duration: 3000 });
    }, () => undefined);
  };
  return (
    <View className="card signin-type" id="type-code">
      {first ? (
        <>
          <Text className="signin-type__title">扫码签到</Text>
          <Text className="card__hint">{h5
            ? '请用手机相机对准组织者屏幕上的二维码，点弹出的链接就签上了。'
            : '点下面的「扫一扫」，对准组织者屏幕上的二维码。'}</Text>
        </>
      ) : null}
      {!h5 ? <Button className="btn btn--primary btn--big" id="scan-again" onClick={scanAgain}>扫一扫</Button> : null}
      <Text className="signin-type__label">或者输入二维码下面的签到码（10 位）</Text>
      <Input className="field__input signin-type__input" id="code-input" value={typed} maxlength={14} placeholder="如 ABCD 2345 XY"
        placeholderClass="entry-placeholder" onInput={(e) => setTyped(e.detail.value)} />
      <Button className="btn btn--primary" id="code-submit" onClick={() => onSubmit(typed)}>签到</Button>
    </View>
  );
}

/** 扫码签到: signing in, the large success, or the refusal and what to do next. */
export function ScanScreen({ state, onSubmit, onRetry, onSignOut }: ScanScreenProps) {
  if (state.status === 'idle') return <TypeCode onSubmit={onSubmit} first />;
  if (state.status === 'busy') return <StatusView kind="loading" title="正在签到…" />;
  if (state.status === 'error') {
    if (isSignedOut(state.error)) return <SignedOutView what="签到结果（登录后请再扫一次）" />;
    const r = refusalLines(state.error);
    return (
      <View id="sign-in-refused">
        <View className="card signin-refused">
          <Text className="signin-refused__mark">!</Text>
          <Text className="signin-refused__title" id="refused-title">{r.title}</Text>
          <Text className="signin-refused__next" id="refused-next">{r.next}</Text>
          {r.canRetry ? <Button className="btn btn--primary" id="sign-in-retry" onClick={onRetry}>重试</Button> : null}
        </View>
        <TypeCode onSubmit={onSubmit} first={false} />
      </View>
    );
  }
  const { answer, signedOut, code } = state;
  const lines = successLines(answer, signedOut);
  const needsSignOut = answer.session.countsActualHours && !signedOut && !answer.attendance.signedOutAt && answer.replayed;
  return (
    <View id="sign-in-done">
      <View className="card signin-ok">
        <Text className="signin-ok__mark">✓</Text>
        <Text className="signin-ok__title" id="signed-title">{lines.title}</Text>
        <Text className="signin-ok__time" id="signed-time">{lines.time}</Text>
        {lines.note ? <Text className="signin-ok__late" id="signed-late">{lines.note}</Text> : null}
        <Text className="signin-ok__session" id="signed-session">{answer.session.title}</Text>
        <Text className="signin-ok__place">{answer.session.place}{answer.session.organiserName ? ` · ${answer.session.organiserName}` : ''}</Text>
        <Text className="signin-ok__credit" id="signed-credit">{lines.credit}</Text>
      </View>
      {needsSignOut ? (
        <Button className="btn btn--primary btn--big" id="sign-out" onClick={() => onSignOut(code)}>培训结束了，签退</Button>
      ) : null}
      <Button className="btn btn--plain" id="open-mine" onClick={() => openPage(MY_TRAININGS_URL)}>我的培训</Button>
    </View>
  );
}
