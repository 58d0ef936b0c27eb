import '../training.css';
import { StatusView } from '@/components/status-view';
import { RemoteError } from '@/components/remote-error';
import type { useSessionCreate } from '../hooks/use-session-create';
import { SessionForm } from './session-form';

/** 新建培训: states first (who she is, the county's policy), then the form. */
export function SessionCreate({ c }: { c: ReturnType<typeof useSessionCreate> }) {
  if (c.who.status === 'loading' || c.policy.status === 'loading') return <StatusView kind="loading" title="正在准备…" />;
  if (c.who.status === 'error') return <RemoteError error={c.who.error} title="暂时无法确认您的身份" what="新建培训" onRetry={() => void c.reloadWho()} />;
  if (!c.organiser || !c.draft) return <StatusView kind="empty" title="您不能新建培训" description="学校的校长、学分管理员可以建本校的校本研修；县教师进修学校的管理员可以建全县的培训。" />;
  if (c.policy.status === 'error') return <RemoteError error={c.policy.error} title="本县的学分政策读不出来" what="新建培训" onRetry={() => void c.reloadPolicy()} />;
  if (!c.plan) return null;
  return (
    <SessionForm plan={c.plan} organiser={c.organiser} draft={c.draft} setField={c.setField} errors={c.errors} schools={c.schools}
      busy={c.busy} sendError={c.sendError} onSubmit={() => void c.submit()} />
  );
}
