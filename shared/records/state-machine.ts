import type { RecordStatus } from '../schemas/record';

/**
 * The record state machine, pure so the client shows exactly the buttons the
 * server will accept. The server re-checks every transition inside the
 * transaction that applies it.
 *
 *   (new)/draft ──submit──▶ submitted ──approve──▶ approved ──supersede──▶ withdrawn
 *                              │  ▲                                 (by an approved correction)
 *                          return  │
 *                              ▼  │resubmit (as `resubmitted`, then approve/return again)
 *                           returned
 *   submitted / resubmitted / returned / draft ──withdraw (owner)──▶ withdrawn
 *
 * Approved records are locked: the teacher changes one by submitting a
 * correction (`corrects`), which is reviewed like any record; approving it
 * supersedes the old one.
 */
export type RecordCommand = 'submit' | 'resubmit' | 'withdraw' | 'approve' | 'return' | 'supersede';

/** Who issues a command, relative to the record. */
export type RecordActor = 'owner' | 'reviewer' | 'system';

interface Transition { command: RecordCommand; actor: RecordActor; from: readonly (RecordStatus | null)[]; to: RecordStatus }

/** Every allowed transition; anything not listed is forbidden. `null` = the record does not exist yet. */
export const recordTransitions: readonly Transition[] = [
  { command: 'submit', actor: 'owner', from: [null, 'draft'], to: 'submitted' },
  { command: 'resubmit', actor: 'owner', from: ['returned'], to: 'resubmitted' },
  { command: 'withdraw', actor: 'owner', from: ['draft', 'submitted', 'resubmitted', 'returned'], to: 'withdrawn' },
  { command: 'approve', actor: 'reviewer', from: ['submitted', 'resubmitted'], to: 'approved' },
  { command: 'return', actor: 'reviewer', from: ['submitted', 'resubmitted'], to: 'returned' },
  { command: 'supersede', actor: 'system', from: ['approved'], to: 'withdrawn' },
];

/** The status after `command`, or null when the transition is forbidden. */
export function nextStatus(command: RecordCommand, actor: RecordActor, from: RecordStatus | null): RecordStatus | null {
  const t = recordTransitions.find((x) => x.command === command && x.actor === actor && x.from.includes(from));
  return t ? t.to : null;
}

/** Chinese names of statuses for the UI. */
export const recordStatusLabels: Record<RecordStatus, string> = {
  draft: '草稿',
  submitted: '待审核',
  returned: '已退回',
  resubmitted: '重新提交待审核',
  approved: '已通过',
  withdrawn: '已撤回',
};

/** Statuses waiting for a reviewer. */
export const pendingStatuses: readonly RecordStatus[] = ['submitted', 'resubmitted'];

/** Why `command` cannot apply to a record in `from` (Chinese, for the user). */
export function transitionRefusal(command: RecordCommand, from: RecordStatus | null): string {
  if (from === null) return '记录不存在';
  if (from === 'approved' && (command === 'withdraw' || command === 'resubmit')) {
    return '已通过审核的记录不能修改或撤回；如需更正，请提交一条更正记录';
  }
  if (from === 'withdrawn') return '该记录已撤回，不能再操作';
  const verbs: Record<RecordCommand, string> = {
    submit: '提交', resubmit: '重新提交', withdraw: '撤回', approve: '通过', return: '退回', supersede: '更正',
  };
  return `该记录当前为「${recordStatusLabels[from]}」，不能${verbs[command]}`;
}
