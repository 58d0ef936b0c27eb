import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Screen } from '@/components/screen';
import { SessionCreate, useSessionCreate } from '@/features/training';

/** 新建培训 (subpackage training): created → its live sign-in screen. */
export default function TrainingCreatePage() {
  const c = useSessionCreate((s) => void Taro.redirectTo({ url: `/training/detail/index?id=${encodeURIComponent(s.id)}` }));
  return (
    <Screen>
      <View className="tpage"><SessionCreate c={c} /></View>
    </Screen>
  );
}
