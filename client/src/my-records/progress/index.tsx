import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Screen } from '@/components/screen';
import { ProgressDetail, useProgressDetail, type ReportTab } from '@/features/progress';
import { detailUrl } from '@/features/my-records';

/** 学分进度: 年度 / 周期 tabs, each category with the records that filled it. */
export default function ProgressPage() {
  const [tab, setTab] = useState<ReportTab>('year');
  const { state, reload } = useProgressDetail();
  return (
    <Screen>
      <ProgressDetail state={state} tab={tab} onTab={setTab} onRetry={() => void reload()}
        onOpenRecord={(id) => void Taro.navigateTo({ url: detailUrl(id) })} />
    </Screen>
  );
}
