import '@/styles/admin.css';
import '@/styles/manage-screens.css';
import { Screen } from '@/components/screen';
import { AuditScreen } from '@/features/audit';

/** 管理 › 操作记录 (subpackage manage-admin; the 管理 hub links here). */
export default function AuditPage() {
  return (
    <Screen>
      <AuditScreen />
    </Screen>
  );
}
