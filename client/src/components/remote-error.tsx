import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { ApiError } from '@/services/api-client';
import { StatusView } from './status-view';

/** Codes that mean "nobody is signed in here" rather than a failure. */
export const isSignedOut = (error: ApiError): boolean => error.code === 'UNAUTHENTICATED' || error.code === 'NOT_BOUND';

/** Not signed in: say so and offer 我的, where signing in (H5) or binding (WeChat) happens. */
export function SignedOutView({ what }: { what: string }) {
  return (
    <View id="signed-out">
      <StatusView
        kind="empty"
        title="请先登录"
        description={`登录后这里显示${what}。`}
        actionText="去「我的」登录"
        onAction={() => void Taro.switchTab({ url: '/pages/mine/index' })}
      />
    </View>
  );
}

/** The server's reason for a refusal, and whom to ask unless the reason already says. */
export function refusalText(message: string): string {
  const reason = message.replace(/[。.]$/u, '');
  return /联系/u.test(reason) ? `${reason}。` : `${reason}。如需这项权限，请联系学校或县教师进修学校。`;
}

/**
 * A failed load on a sub-page: signed out → {@link SignedOutView}; refused (FORBIDDEN) → the
 * server's reason and whom to ask, without 重试 (asking again is refused again; the page
 * reloads by itself when shown after a role is granted); anything else → the message
 * (already plain Chinese) with 重试.
 */
export function RemoteError({ error, title, what, onRetry }: { error: ApiError; title: string; what: string; onRetry: () => void }) {
  if (isSignedOut(error)) return <SignedOutView what={what} />;
  if (error.code === 'FORBIDDEN') return <StatusView kind="error" title={title} description={refusalText(error.message)} />;
  return <StatusView kind="error" title={title} description={error.message} onAction={onRetry} />;
}
