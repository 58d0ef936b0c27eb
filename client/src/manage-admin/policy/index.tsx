import '@/styles/admin.css';
import '@/styles/manage-screens.css';
import { Screen } from '@/components/screen';
import { PolicyScreen } from '@/features/policy-admin';

/** 管理 › 学分政策 (subpackage manage-admin; the 管理 hub links here). */
export default function PolicyPage() {
  return (
    <Screen>
      <PolicyScreen />
    </Screen>
  );
}
