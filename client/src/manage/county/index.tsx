import Taro from '@tarojs/taro';
import { Screen } from '@/components/screen';
import { CountyTable, useCountyOverview } from '@/features/school-report';

/** 全县各校情况 (county admin); tap a school → its teacher table. */
export default function CountyPage() {
  const { state, reload } = useCountyOverview();
  return (
    <Screen>
      <CountyTable
        state={state} onRetry={() => void reload()}
        onOpen={(schoolId) => void Taro.navigateTo({ url: `/manage/school/index?schoolId=${encodeURIComponent(schoolId)}` })}
      />
    </Screen>
  );
}
