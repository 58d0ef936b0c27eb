import { Button, Text, View } from '@tarojs/components';
import { StatusView } from '@/components/status-view';
import type { ManageView } from '../hooks/manage-roles';

/** Where each entry goes (routes agreed in coord/CONTRACTS.md). */
export const manageRoutes = {
  queue: '/manage/queue/index',
  school: '/manage/school/index',
  county: '/manage/county/index',
  registers: '/manage-admin/registers/index',
  roster: '/manage-admin/roster/index',
  policy: '/manage-admin/policy/index',
  audit: '/manage-admin/audit/index',
  training: '/training/list/index',
} as const;
export type ManageRoute = keyof typeof manageRoutes;

const adminLinks: { route: ManageRoute; title: string; hint: string }[] = [
  { route: 'registers', title: '登记卡和统计表', hint: '导出学分登记卡、学分统计表（Excel，A4 打印）' },
  { route: 'roster', title: '花名册', hint: '教师名单、导入、绑定码、管理员' },
  { route: 'policy', title: '学分政策', hint: '本县政策、发布新版本、转入下一年度' },
  { route: 'audit', title: '操作记录', hint: '谁在什么时候通过、退回、导入、发布、导出' },
];

export interface ManageHubProps {
  view: ManageView;
  pendingCount: number | null;
  onGo: (route: ManageRoute) => void;
  onRetry: () => void;
  onSignIn: () => void;
}

/** 管理 tab: what this person may do, biggest first — the pending count for reviewers. */
export function ManageHub({ view, pendingCount, onGo, onRetry, onSignIn }: ManageHubProps) {
  switch (view.kind) {
    case 'loading':
      return <StatusView kind="loading" title="正在确认您的身份…" />;
    case 'error':
      return <StatusView kind="error" title="暂时无法确认您的身份" description={view.message} onAction={onRetry} />;
    case 'signed-out':
      return <StatusView kind="empty" title="请先登录" description="登录后，校长、学分管理员和县里的管理员在这里审核和查看学分情况。" actionText="去「我的」登录" onAction={onSignIn} />;
    case 'teacher-only':
      return (
        <View className="card" id="manage-teacher">
          <Text className="card__title">管理功能由学校和县里使用</Text>
          <Text className="card__hint">{view.name}老师，这里是校长、学分管理员审核证书，和县教师进修学校查看全县情况的地方。</Text>
          <Text className="card__hint">您登记证书、查看自己的学分，请到「首页」。如果您负责本校的学分审核，请联系校长在花名册里给您开通「学分管理员」。</Text>
        </View>
      );
    default:
      break;
  }
  const pending = pendingCount === null ? '…' : String(pendingCount);
  return (
    <View className="hub" id="manage-hub">
      <Text className="hub__who">{view.name} · {view.countyAdmin ? `${view.countyName} 管理员` : view.schoolName ?? ''}</Text>
      <View className="hub__big" id="hub-queue" onClick={() => onGo('queue')}>
        <Text className="hub__label">待审核</Text>
        <Text className="hub__count" id="hub-pending">{pending} 条</Text>
        <Text className="hub__hint">{pendingCount === 0 ? '都处理完了' : '点这里开始审核，最早提交的在最前面'}</Text>
      </View>
      <Button className="btn btn--plain hub__link" id="hub-training" onClick={() => onGo('training')}>培训签到</Button>
      {view.reviewer ? (
        <Button className="btn btn--plain hub__link" id="hub-school" onClick={() => onGo('school')}>全校教师学分进度</Button>
      ) : null}
      {view.countyAdmin ? (
        <>
          <Button className="btn btn--plain hub__link" id="hub-county" onClick={() => onGo('county')}>全县各校情况</Button>
          <View className="hub__grid">
            {adminLinks.map((l) => (
              <View key={l.route} className="hub__tile" id={`hub-${l.route}`} onClick={() => onGo(l.route)}>
                <Text className="hub__tile-title">{l.title}</Text>
                <Text className="hub__tile-hint">{l.hint}</Text>
              </View>
            ))}
          </View>
        </>
      ) : null}
    </View>
  );
}
