import { Button, Text, View } from '@tarojs/components';
import type { RemoteState } from '@/hooks/use-remote';
import { StatusView } from '@/components/status-view';
import { homeText } from '@shared/home-view/home-text';
import type { WhoamiData } from '@/services/whoami';

export interface GreetingCardProps {
  state: RemoteState<WhoamiData>;
  onRetry: () => void;
  onSignIn: () => void;
}

/** Friendly status area on 首页: who you are, or how to get started. */
export function GreetingCard({ state, onRetry, onSignIn }: GreetingCardProps) {
  if (state.status === 'loading') return <StatusView kind="loading" title="正在确认你的身份…" />;
  if (state.status === 'error') {
    return <StatusView kind="error" title="暂时连不上服务" description={state.error.message} onAction={onRetry} />;
  }
  if (!state.data.bound) {
    return (
      <View className="card greeting" id="greeting">
        <Text className="greeting__hello">老师，您好！</Text>
        <Text className="card__hint">还没有登录。请先到「我的」页面登录或绑定身份，之后就能登记证书、查看学分。</Text>
        <Button className="btn btn--primary" id="go-sign-in" onClick={onSignIn}>去登录</Button>
      </View>
    );
  }
  const { person, roles } = state.data;
  return (
    <View className="card greeting" id="greeting">
      <Text className="greeting__hello">{homeText.greeting(person.name)}</Text>
      <Text className="card__hint">
        {homeText.whoLine(roles.map((r) => r.role), person.schoolName ?? person.countyName)}
      </Text>
    </View>
  );
}
