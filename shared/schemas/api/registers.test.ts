import { formatZodError } from './format-issues';
import { registersEvent } from './registers';

const parse = (event: Record<string, unknown>) => registersEvent.safeParse({ action: 'audit', ...event }, { reportInput: true });
const message = (event: Record<string, unknown>) => {
  const res = parse(event);
  if (res.success) throw new Error('expected a failure');
  return formatZodError(res.error);
};

describe('registers.audit dates', () => {
  it('accepts real Beijing days, one day or a range', () => {
    expect(parse({ from: '2026-02-28', to: '2026-03-01' }).success).toBe(true);
    expect(parse({ from: '2024-02-29' }).success).toBe(true);
    expect(parse({ from: '2026-06-01', to: '2026-06-01' }).success).toBe(true);
  });

  it('refuses days that do not exist, naming the day', () => {
    expect(message({ from: '2026-13-45' })).toBe('输入有误：起始日期：日期 2026-13-45 不存在');
    expect(message({ to: '2026-02-31' })).toBe('输入有误：截止日期：日期 2026-02-31 不存在');
    expect(message({ from: '2025-02-29' })).toBe('输入有误：起始日期：日期 2025-02-29 不存在');
  });

  it('a badly written day gets the format message only', () => {
    expect(message({ from: '2026-6-1' })).toBe('输入有误：起始日期：日期格式应为 YYYY-MM-DD');
  });

  it('refuses a range that ends before it starts', () => {
    expect(message({ from: '2026-06-02', to: '2026-06-01' })).toBe('输入有误：截止日期：截止日期不能早于起始日期');
  });
});
