import { Screen } from '@/components/screen';
import { LocalSignIn, WechatBind, type WhoamiData } from '@/features/account';
// The component's own file, not the feature's index: the index would bring the whole 登记卡/统计表
// export screen into the mini-program's main package (webpack keeps every re-export of app code).
import { MyArchiveCard } from '@/features/registers/components/my-archive-card';

/** Below the signed-in person: a teacher's own 个人电子学习档案 download. */
const archive = (identity: WhoamiData) => (identity.bound && identity.roles.some((r) => r.role === 'teacher') ? <MyArchiveCard /> : null);

/** 我的: WeChat binding in the mini-program; local sign-in on the H5 build. */
export default function MinePage() {
  return <Screen>{process.env.TARO_ENV === 'weapp' ? <WechatBind extra={archive} /> : <LocalSignIn extra={archive} />}</Screen>;
}
