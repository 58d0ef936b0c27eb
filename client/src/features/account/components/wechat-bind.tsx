import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import type { WhoamiData } from '../api/schemas';
import { StatusView } from '@/components/status-view';
import { bindWechat } from '../api/identity';
import { useWhoami } from '@/hooks/use-whoami';
import { CodeForm } from './code-form';
import { WhoamiCard } from './whoami-card';

/** Mini-program 我的: the bound person, or the one-time binding of this WeChat account. */
export function WechatBind({ extra }: { extra?: (identity: WhoamiData) => ReactNode } = {}) {
  const { state, reload } = useWhoami();
  if (state.status === 'loading') return <StatusView kind="loading" title="正在确认你的身份…" />;
  if (state.status === 'error') {
    return <StatusView kind="error" title="暂时无法确认你的身份" description={state.error.message} onAction={reload} />;
  }
  if (state.data.bound) return <><WhoamiCard identity={state.data} />{extra?.(state.data)}</>;
  return (
    <View className="bind">
      <CodeForm
        title="绑定微信"
        hint="第一次使用请绑定：填写学校花名册上的姓名，和学校发给你的 8 位绑定码。只需绑定一次。"
        submitText="绑定"
        onSubmit={async (input) => {
          const result = await bindWechat(input);
          if (!result.ok) return result.error;
          await reload();
          return null;
        }}
      />
    </View>
  );
}
