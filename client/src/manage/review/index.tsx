import '@/styles/manage-screens.css';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Screen } from '@/components/screen';
import { ReviewScreen, useReviewDetail } from '@/features/review';

/** 审核一条 (`?id=<recordId>`); the next record opens in place after each action. */
export default function ReviewPage() {
  const { params } = useRouter();
  const detail = useReviewDetail(decodeURIComponent(params.id ?? ''));
  const back = () => {
    if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
    else void Taro.redirectTo({ url: '/manage/queue/index' });
  };
  return (
    <Screen>
      <View className="mpage">
        <ReviewScreen detail={detail} onBackToQueue={back} />
      </View>
    </Screen>
  );
}
