import { useEffect } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Screen } from '@/components/screen';
import { useWhoami } from '@/hooks/use-whoami';
import { GreetingCard, ProductIntro, TeacherActions, TrainingForms } from '@/features/home';
import { PROGRESS_DETAIL_URL, openPage } from '@/services/navigation';
// Own files, not the feature's index, which also carries the 学分进度 page and the teacher report
// (subpackage screens) into the main package.
import { ProgressCard } from '@/features/progress/components/progress-card';
import { useMyProgress } from '@/features/progress/hooks/use-my-progress';
import { dismissFirstPaint } from '@/services/first-paint';

/** 首页: who you are, 登记证书 and 我的记录 for teachers, this year's progress (tap for detail). */
export default function HomePage() {
  const { state, reload } = useWhoami();
  const progress = useMyProgress(state);
  const signedIn = state.status === 'success' && state.data.bound;
  const teacherId = state.status === 'success' && state.data.bound && state.data.roles.some((r) => r.role === 'teacher') ? state.data.person.id : null;
  // The page's plain-HTML 首页 stays on top until this screen has its own answer to show.
  const settled = state.status !== 'loading' && progress.view.kind !== 'loading';
  useEffect(() => { if (settled) dismissFirstPaint(); }, [settled]);
  return (
    <Screen>
      <ProductIntro compact={signedIn} />
      <GreetingCard state={state} onRetry={reload} onSignIn={() => void Taro.switchTab({ url: '/pages/mine/index' })} />
      {teacherId ? <TeacherActions personId={teacherId} /> : null}
      <View id="progress-tap" onClick={() => { if (progress.view.kind === 'ready') openPage(PROGRESS_DETAIL_URL); }}>
        <ProgressCard view={progress.view} onRetry={() => void progress.reload()} />
      </View>
      <TrainingForms />
    </Screen>
  );
}
