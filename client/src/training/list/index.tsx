import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Screen } from '@/components/screen';
import { useRemote } from '@/hooks/use-remote';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { SessionList, fetchSessions } from '@/features/training';

/** 培训签到 (subpackage training): the organiser's sessions. */
export default function TrainingListPage() {
  const { state, reload } = useRemote(fetchSessions);
  useReloadOnShow(reload);
  return (
    <Screen>
      <View className="tpage">
        <SessionList state={state} onRetry={() => void reload()}
          onOpen={(s) => void Taro.navigateTo({ url: `/training/detail/index?id=${encodeURIComponent(s.id)}` })}
          onCreate={() => void Taro.navigateTo({ url: '/training/create/index' })} />
      </View>
    </Screen>
  );
}
