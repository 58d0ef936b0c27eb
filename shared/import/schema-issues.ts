import type { z } from 'zod';

const hasChinese = /[\u4e00-\u9fff]/;

/**
 * The schema's own messages are Chinese where the record schema sets them; the
 * rest (lengths of tags, scores 0–100 …) fall back to zod's English, which an
 * administrator cannot act on. Translate those by issue kind.
 */
export function issueProblem(issue: z.core.$ZodIssue): string {
  if (hasChinese.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return `不能超过 ${String(issue.maximum)} 个字`;
      if (issue.origin === 'array') return `最多 ${String(issue.maximum)} 项`;
      return `不能大于 ${String(issue.maximum)}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? '不能为空' : `至少 ${String(issue.minimum)} 个字`;
      if (issue.origin === 'array') return `至少 ${String(issue.minimum)} 项`;
      return `不能小于 ${String(issue.minimum)}`;
    case 'invalid_type':
      return issue.input === undefined ? '不能为空' : `类型不对，应为${typeName(issue.expected)}`;
    case 'invalid_value':
      return `应为 ${issue.values.map(String).join('、')} 之一`;
    case 'invalid_format':
      return '格式不对';
    case 'unrecognized_keys':
      return `有无法识别的字段：${issue.keys.join('、')}`;
    default:
      return '内容不符合要求';
  }
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: '文字', number: '数字', boolean: '是/否', object: '对象', array: '列表', date: '日期',
  };
  return names[expected] ?? expected;
}
