import { Screen } from '@/components/screen';
import { ComingSoon } from '@/features/manage';

/** 管理: principals and school credit officers (placeholder until review lands). */
export default function ManagePage() {
  return (
    <Screen>
      <ComingSoon />
    </Screen>
  );
}
