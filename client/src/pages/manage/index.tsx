import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Screen } from '@/components/screen';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { useWhoami } from '@/hooks/use-whoami';
import { ManageHub, manageRoutes, manageView, usePendingBadge } from '@/features/manage';

/** 管理: what the signed-in person may manage; the tab badge carries her pending count. */
export default function ManagePage() {
  const { state, reload } = useWhoami();
  const view = manageView(state);
  const badge = usePendingBadge(view.kind === 'manager');
  // Back on 管理 after reviewing: the count (and the tab badge) as it is now. The first
  // show needs nothing: usePendingBadge loads once she is known to be a manager.
  useReloadOnShow(badge.refresh);
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
