import { Screen } from '@/components/screen';
import { LocalSignIn, WechatBind } from '@/features/account';

/** 我的: WeChat binding in the mini-program; local sign-in on the H5 build. */
export default function MinePage() {
  return <Screen>{process.env.TARO_ENV === 'weapp' ? <WechatBind /> : <LocalSignIn />}</Screen>;
}
