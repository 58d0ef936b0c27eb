import '@/styles/manage-screens.css';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Screen } from '@/components/screen';
import { CountyTable, useCountyOverview } from '@/features/school-report';

/** 全县各校情况 (county admin); tap a school → its teacher table. */
export default function CountyPage() {
  const { state, reload } = useCountyOverview();
  return (
    <Screen>
      <View className="mpage">
        <CountyTable
          state={state} onRetry={() => void reload()}
          onOpen={(schoolId) => void Taro.navigateTo({ url: `/manage/school/index?schoolId=${encodeURIComponent(schoolId)}` })}
        />
      </View>
    </Screen>
  );
}
