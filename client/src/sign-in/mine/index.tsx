import { ReminderOptIn } from '@/components/reminder-opt-in';
import { Screen } from '@/components/screen';
import { useRemote } from '@/hooks/use-remote';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { MyTrainings, fetchMyTrainings } from '@/features/sign-in';

/** 我的培训 (subpackage sign-in). */
export default function MyTrainingsPage() {
  const { state, reload } = useRemote(fetchMyTrainings);
  useReloadOnShow(reload);
  return (
    <Screen>
      <MyTrainings state={state} onRetry={() => void reload()} />
      <ReminderOptIn />
    </Screen>
  );
}
