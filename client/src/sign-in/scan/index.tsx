import { useRouter } from '@tarojs/taro';
import { Screen } from '@/components/screen';
import { signInCodeOf } from '@/services/sign-in-code';
import { ScanScreen, useSignIn } from '@/features/sign-in';

/**
 * 扫码签到 (subpackage sign-in). Opened by 首页's camera with `?code=`, by the H5 URL inside a local
 * QR (`#/sign-in/scan/index?code=`), or by WeChat from a mini-program code (`?scene=`); without
 * either it asks her to scan or type the code.
 */
export default function ScanPage() {
  const { params } = useRouter();
  const code = signInCodeOf(params.code ? `?code=${params.code}` : params.scene ? `?scene=${params.scene}` : '');
  const s = useSignIn(code);
  return (
    <Screen>
      <ScanScreen state={s.state} onSubmit={s.submit} onRetry={s.retry} onSignOut={s.signOut} />
    </Screen>
  );
}
