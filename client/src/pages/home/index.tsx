import Taro from '@tarojs/taro';
import { Screen } from '@/components/screen';
import { useWhoami } from '@/features/account';
import { GreetingCard, ProductIntro, TrainingForms } from '@/features/home';
import { ProgressCard, useMyProgress } from '@/features/progress';

/** 首页: what the product is, who you are, this year's progress, what can be recorded. */
export default function HomePage() {
  const { state, reload } = useWhoami();
  const progress = useMyProgress(state);
  const signedIn = state.status === 'success' && state.data.bound;
  return (
    <Screen>
      <ProductIntro compact={signedIn} />
      <GreetingCard state={state} onRetry={reload} onSignIn={() => void Taro.switchTab({ url: '/pages/mine/index' })} />
      <ProgressCard view={progress.view} onRetry={() => void progress.reload()} />
      <TrainingForms />
    </Screen>
  );
}
