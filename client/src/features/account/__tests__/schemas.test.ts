import { bindInputSchema, demoPeopleSchema, rolesText } from '../api/schemas';

describe('account schemas', () => {
  it('reads the demo picker rows as the local server sends them', () => {
    const rows = demoPeopleSchema.parse({ people: [
      { personId: 'p1', name: '刘淑琴', roles: ['county-admin'], schoolName: null, countyName: '通榆县' },
      { personId: 'p2', name: '王建国', roles: ['teacher', 'principal'], schoolName: '通榆县第一中学', countyName: '通榆县', note: '进度落后' },
    ] });
    expect(rows.map((r) => r.name)).toEqual(['刘淑琴', '王建国']);
    expect(rows[1]?.note).toBe('进度落后');
  });

  it('refuses a picker row without a personId, and a bare list', () => {
    expect(demoPeopleSchema.safeParse({ people: [{ name: '无名', roles: [], schoolName: null, countyName: 'x' }] }).success).toBe(false);
    expect(demoPeopleSchema.safeParse([]).success).toBe(false);
  });

  it('names roles in Chinese without repeats, keeping unknown keys', () => {
    expect(rolesText(['principal', 'teacher', 'teacher'])).toBe('校长、教师');
    expect(rolesText(['credit-officer', 'county-admin'])).toBe('学分管理员、县级管理员');
    expect(rolesText(['visitor'])).toBe('visitor');
  });

  it('validates the 姓名 + 绑定码 form with the server schema (trim, upper-case, Chinese messages)', () => {
    expect(bindInputSchema.parse({ name: ' 王芳 ', code: ' abcd2345 ' })).toEqual({ name: '王芳', code: 'ABCD2345' });
    const bad = bindInputSchema.safeParse({ name: '', code: 'O0I1L000' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message)).toEqual(['请填写姓名', '绑定码应为 8 位字母或数字']);
  });

  it('refuses extra keys such as openid', () => {
    expect(bindInputSchema.safeParse({ name: '王芳', code: 'ABCD2345', openid: 'x' }).success).toBe(false);
  });
});
