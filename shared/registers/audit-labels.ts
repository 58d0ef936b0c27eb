import type { AuditAction } from '../schemas/domain/audit-entry';

/** What each audited action is called in the audit list (the filter chips use the same words). */
export const auditActionLabels: Readonly<Record<AuditAction, string>> = {
  'identity.bind': '绑定微信',
  'records.submit': '提交记录',
  'records.resubmit': '重新提交',
  'records.withdraw': '撤回记录',
  'records.supersede': '更正替换',
  'review.approve': '审核通过',
  'review.return': '退回',
  'roster.import': '导入名册',
  'roster.set-role': '调整角色',
  'roster.invite': '发放绑定码',
  'policy.publish': '发布政策',
  'policy.roll-over': '政策结转到新年度',
  'registers.export': '导出登记表',
  'training.create': '新建培训',
  'training.update': '修改培训',
  'training.cancel': '取消培训',
  'training.mark': '手工签到',
  'training.assess': '录入合格名单',
  'training.close': '结束培训',
  'training.credit': '签到计入学时',
};
