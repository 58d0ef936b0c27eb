import type { ExclusionCode, ExclusionReason } from '../schemas/progress-report';
import type { RecordStatus } from '../schemas/record';

/** Why an unapproved record does not count yet, in the teacher's words. */
const statusText: Record<RecordStatus, string> = {
  draft: '草稿尚未提交，提交并审核通过后才计入学分',
  submitted: '待审核，审核通过后才计入学分',
  resubmitted: '已重新提交，待审核，审核通过后才计入学分',
  returned: '已退回，请按退回意见修改后重新提交',
  withdrawn: '已撤回，不计入学分',
  approved: '',
};

/** Reason a record with this review state does not count. */
export function notApproved(status: RecordStatus): ExclusionReason {
  return { code: 'NOT_APPROVED', message: statusText[status], ruleId: null, source: null };
}

/** A reason tied to a policy rule. */
export function reason(code: ExclusionCode, message: string, ruleId: string | null = null, source: string | null = null): ExclusionReason {
  return { code, message, ruleId, source };
}
