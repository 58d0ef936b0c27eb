import '@/styles/admin.css';
import '@/styles/manage-screens.css';
import { Screen } from '@/components/screen';
import { RosterScreen } from '@/features/roster';

/** 管理 › 教师名册 (subpackage manage-admin; the 管理 hub links here). */
export default function RosterPage() {
  return (
    <Screen>
      <RosterScreen />
    </Screen>
  );
}
