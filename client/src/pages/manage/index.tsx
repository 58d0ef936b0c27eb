import Taro, { useDidShow } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Screen } from '@/components/screen';
import { useWhoami } from '@/features/account';
import { ManageHub, manageRoutes, manageView, usePendingBadge } from '@/features/manage';

/** 管理: what the signed-in person may manage; the tab badge carries her pending count. */
export default function ManagePage() {
  const { state, reload } = useWhoami();
  const view = manageView(state);
  const badge = usePendingBadge(view.kind === 'manager');
  useDidShow(() => { void badge.refresh(); });
  return (
    <Screen>
      <View className="mpage">
        <ManageHub
          view={view}
          pendingCount={badge.count}
          onRetry={() => void reload()}
          onSignIn={() => void Taro.switchTab({ url: '/pages/mine/index' })}
          onGo={(route) => void Taro.navigateTo({ url: manageRoutes[route] })}
        />
      </View>
    </Screen>
  );
}
