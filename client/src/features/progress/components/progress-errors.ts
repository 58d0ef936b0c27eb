import type { ApiError } from '@/services/api-client';

/** What the card says for a failed progress.mine: title, plain description, button text. */
export interface ErrorText {
  title: string;
  description: string;
  action: string;
}

/**
 * Server codes turned into plain Chinese for this card. The server's own messages are
 * written for the action in general (FORBIDDEN speaks of 提交学时记录), so known codes get
 * words about progress; anything else keeps the message the API wrapper already made Chinese.
 */
export function progressErrorText(error: ApiError): ErrorText {
  switch (error.code) {
    case 'NOT_FOUND':
      return { title: '本年度的学分政策还没有发布', description: '县里发布政策后，这里会显示您的学时、学分进度。', action: '刷新' };
    case 'FORBIDDEN':
      return { title: '暂时看不到个人进度', description: '您的账号还不是学校的在册教师。如有疑问，请联系学校的学分管理员。', action: '刷新' };
    case 'POLICY_INVALID':
      return { title: '本年度的学分政策暂时无法计算', description: '请联系县里的管理员检查政策设置。', action: '重试' };
    default:
      return { title: '进度暂时读不出来', description: error.message, action: '重试' };
  }
}
