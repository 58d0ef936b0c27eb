import '@/styles/admin.css';
import '@/styles/manage-screens.css';
import { Screen } from '@/components/screen';
import { RegistersScreen } from '@/features/registers';

/** 管理 › 登记表导出 (subpackage manage-admin; the 管理 hub links here). */
export default function RegistersPage() {
  return (
    <Screen>
      <RegistersScreen />
    </Screen>
  );
}
