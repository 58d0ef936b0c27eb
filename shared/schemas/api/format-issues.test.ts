import { formatZodError } from './format-issues';
import { reviewEvent } from './review';
import { importEvent } from './roster';

const message = (schema: { safeParse: (v: unknown, o: { reportInput: boolean }) => { success: boolean; error?: unknown } }, value: unknown) => {
  const res = schema.safeParse(value, { reportInput: true });
  if (res.success) throw new Error('expected a failure');
  return formatZodError(res.error as never);
};

describe('formatZodError', () => {
  it('tells a missing field from a wrong type', () => {
    expect(message(reviewEvent, { action: 'approve', recordId: 'r1' })).toBe('输入有误：版本号：必须填写');
    expect(message(reviewEvent, { action: 'approve', recordId: 'r1', version: '2' })).toBe('输入有误：版本号：版本号必须是数字');
  });

  it('names forbidden keys and unknown actions', () => {
    expect(message(reviewEvent, { action: 'approve', recordId: 'r1', version: 1, openid: 'x' })).toBe('输入有误：不允许的字段：openid');
    expect(message(reviewEvent, { action: 'delete' })).toBe('输入有误：操作：未知的操作');
  });

  it('numbers roster rows from 1 and caps the list at three issues', () => {
    const rows = Array.from({ length: 5 }, () => ({ name: '' }));
    expect(message(importEvent, { action: 'import', rows })).toBe(
      '输入有误：名单 › 第 1 行 › 姓名：请填写姓名；名单 › 第 2 行 › 姓名：请填写姓名；名单 › 第 3 行 › 姓名：请填写姓名（另有 2 处问题）',
    );
  });
});
