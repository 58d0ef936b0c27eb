import { useState, type ReactNode } from 'react';
import { View } from '@tarojs/components';
import { StatusView } from '@/components/status-view';
import { showApiError } from '@/services/api-client';
import { signInLocal, signOutLocal } from '../api/identity';
import type { DemoPerson, WhoamiData } from '../api/schemas';
import { useWhoami } from '@/hooks/use-whoami';
import { CodeForm } from './code-form';
import { DemoPeopleList } from './demo-people-list';
import { WhoamiCard } from './whoami-card';

/** H5 我的: who is signed in, or the two ways to sign in on the local stack. */
export function LocalSignIn({ extra }: { extra?: (identity: WhoamiData) => ReactNode } = {}) {
  const { state, reload } = useWhoami();
  const [busyId, setBusyId] = useState<string>();

  const pick = async (person: DemoPerson) => {
    if (busyId) return;
    setBusyId(person.personId);
    const result = await signInLocal({ personId: person.personId });
    setBusyId(undefined);
    if (result.ok) await reload();
    else showApiError(result.error);
  };

  if (state.status === 'loading') return <StatusView kind="loading" title="正在确认登录状态…" />;
  if (state.status === 'error') {
    return <StatusView kind="error" title="暂时无法确认登录状态" description={state.error.message} onAction={reload} />;
  }
  if (state.data.bound) {
    return (
      <>
        <WhoamiCard identity={state.data} onSignOut={() => { void signOutLocal().then(reload); }} />
        {extra?.(state.data)}
      </>
    );
  }
  return (
    <View className="sign-in">
      <DemoPeopleList onPick={pick} busyId={busyId} />
      <CodeForm
        title="用姓名和绑定码登录"
        hint="绑定码是学校学分管理员发给你的 8 位字母或数字。"
        submitText="登录"
        onSubmit={async (input) => {
          const result = await signInLocal(input);
          if (!result.ok) return result.error;
          await reload();
          return null;
        }}
      />
    </View>
  );
}
