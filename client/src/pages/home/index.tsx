import Taro from '@tarojs/taro';
import { Screen } from '@/components/screen';
import { useWhoami } from '@/features/account';
import { GreetingCard, ProductIntro, TrainingForms } from '@/features/home';

/** 首页: what the product is, who you are, what can be recorded. */
export default function HomePage() {
  const { state, reload } = useWhoami();
  return (
    <Screen>
      <ProductIntro />
      <GreetingCard state={state} onRetry={reload} onSignIn={() => void Taro.switchTab({ url: '/pages/mine/index' })} />
      <TrainingForms />
    </Screen>
  );
}
