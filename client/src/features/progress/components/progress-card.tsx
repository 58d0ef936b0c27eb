import { Button, Text, View } from '@tarojs/components';
import { StatusView } from '@/components/status-view';
import type { ProgressView } from '../hooks/use-my-progress';
import { progressErrorText } from './progress-errors';
import { ProgressReportView } from './progress-report-view';

export interface ProgressCardProps {
  view: ProgressView;
  onRetry: () => void;
  /** When given, the signed-out hint has a button to 我的. */
  onSignIn?: () => void;
}

/** 首页's 本年度进度: every state of the signed-in teacher's progress, read-only. */
export function ProgressCard({ view, onRetry, onSignIn }: ProgressCardProps) {
  switch (view.kind) {
    case 'hidden':
      return null;
    case 'signed-out':
      return (
        <View className="card progress" id="progress-signed-out">
          <Text className="card__title">本年度进度</Text>
          <Text className="card__hint">请先到「我的」页面登录，登录后这里显示您今年的学时、学分进度。</Text>
          {onSignIn ? <Button className="btn btn--plain" onClick={onSignIn}>去「我的」登录</Button> : null}
        </View>
      );
    case 'not-teacher':
      return (
        <View className="card progress" id="progress-not-teacher">
          <Text className="card__title">本年度进度</Text>
          <Text className="card__hint">
            {view.roles.includes('county-admin')
              ? '您是县级管理员，没有个人学分要求。全县的统计将在「管理」页提供。'
              : '您的账号没有教师身份，所以这里没有个人学分进度。'}
          </Text>
        </View>
      );
    case 'loading':
      return <View id="progress-status"><StatusView kind="loading" title="正在读取本年度进度…" /></View>;
    case 'error': {
      const text = progressErrorText(view.error);
      const kind = text.action === '重试' ? 'error' : 'empty';
      return (
        <View id="progress-status">
          <StatusView kind={kind} title={text.title} description={text.description} actionText={text.action} onAction={onRetry} />
        </View>
      );
    }
    case 'ready':
      return <ProgressReportView data={view.data} />;
    default:
      return null;
  }
}
