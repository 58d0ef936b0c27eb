import type { z } from 'zod';

/** Chinese labels for field names that appear in events, for messages. */
const fieldLabels: Record<string, string> = {
  action: '操作', title: '培训名称', organizer: '主办单位', hours: '学时', startDate: '开始日期',
  endDate: '结束日期', form: '培训形式', level: '培训级别', location: '培训地点', content: '科目类别',
  track: '类别', tags: '标签', topic: '专题', award: '获奖', role: '角色', passed: '是否合格',
  composite: '综合成绩', certificateNo: '证书编号', hasCertificate: '是否有证书', projectRef: '项目编号',
  requestId: 'requestId', record: '培训记录', recordId: '记录编号', version: '版本号', reason: '退回原因',
  note: '备注', year: '年度', name: '姓名', code: '绑定码', phone: '手机号', idLast6: '身份证后六位',
  rows: '名单', items: '记录列表', personId: '人员编号', schoolId: '学校编号', countyId: '县区编号',
  policyId: '政策编号', data: '政策内容', uploadIds: '证书文件', fileId: '文件编号', limit: 'limit', skip: 'skip',
  from: '起始日期', to: '截止日期',
};

const hasCjk = (s: string) => /[\u4e00-\u9fff]/.test(s);

/** Longest error message any function or route answers with. */
export const maxMessageChars = 300;

/**
 * Cuts a message to {@link maxMessageChars} (ending in …), so no failure can
 * echo a large input back — the 287,052-character message the issue-6 probe got.
 */
export function capMessage(message: string): string {
  return message.length <= maxMessageChars ? message : `${message.slice(0, maxMessageChars - 1)}…`;
}

/** A piece of user input inside a message: at most `max` characters. */
export const quoteInput = (text: string, max = 20): string => (text.length <= max ? text : `${text.slice(0, max)}…`);

function label(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '';
  const parts = path.map((p, i) => {
    if (typeof p !== 'number') return fieldLabels[String(p)] ?? quoteInput(String(p), 40);
    return path[i - 1] === 'rows' ? `第 ${p + 1} 行` : `第 ${p + 1} 项`;
  });
  return parts.join(' › ');
}

function defaultMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `不允许的字段：${issue.keys.slice(0, 5).map((k) => quoteInput(k, 40)).join('、')}${issue.keys.length > 5 ? ` 等 ${issue.keys.length} 个` : ''}`;
    case 'invalid_type':
      return '类型不正确';
    case 'too_big':
      return issue.origin === 'string' ? `不能超过 ${String(issue.maximum)} 字` : issue.origin === 'array' ? `最多 ${String(issue.maximum)} 项` : `不能大于 ${String(issue.maximum)}`;
    case 'too_small':
      return issue.origin === 'string' ? (Number(issue.minimum) <= 1 ? '不能为空' : `至少 ${String(issue.minimum)} 字`) : issue.origin === 'array' ? `至少 ${String(issue.minimum)} 项` : `不能小于 ${String(issue.minimum)}`;
    case 'invalid_value':
      return '不在可选范围内';
    case 'invalid_union':
      return issue.path.length > 0 && issue.path[issue.path.length - 1] === 'action' ? '未知的操作' : '格式不正确';
    case 'invalid_format':
      return '格式不正确';
    default:
      return '格式不正确';
  }
}

/**
 * Turns a zod error into one Chinese sentence naming the fields, e.g.
 * "学时：学时必须大于 0；结束日期：结束日期不能早于开始日期". At most 3 issues are
 * named so a 500-row import does not produce a wall of text. Parse with
 * `{ reportInput: true }` so missing fields can be told from wrong types.
 * Input is never echoed in full: keys and messages are cut, the whole to 300 characters.
 */
export function formatZodError(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const where = label(issue.path);
    // A missing field reads "必须填写" even where the schema's message speaks of the type.
    // (`input` is present when the event was parsed with `reportInput: true`.)
    const missing = issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined;
    const what = missing ? '必须填写' : hasCjk(issue.message) ? quoteInput(issue.message, 120) : defaultMessage(issue);
    return where ? `${where}：${what}` : what;
  });
  const more = error.issues.length > 3 ? `（另有 ${error.issues.length - 3} 处问题）` : '';
  return capMessage(`输入有误：${parts.join('；')}${more}`);
}
