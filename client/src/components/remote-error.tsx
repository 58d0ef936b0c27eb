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

/**
 * A failed load on a sub-page: signed out → {@link SignedOutView}; anything else → the
 * message (already plain Chinese) with 重试.
 */
export function RemoteError({ error, title, what, onRetry }: { error: ApiError; title: string; what: string; onRetry: () => void }) {
  if (isSignedOut(error)) return <SignedOutView what={what} />;
  return <StatusView kind="error" title={title} description={error.message} onAction={onRetry} />;
}
