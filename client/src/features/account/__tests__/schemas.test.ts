import { bindInputSchema, demoPeopleSchema, rolesText } from '../api/schemas';

describe('account schemas', () => {
  it('reads demo people as a bare list or {people}, in either spelling', () => {
    const a = demoPeopleSchema.parse([{ id: '1', name: '王芳', role: 'teacher', schoolName: '城关一小' }]);
    const b = demoPeopleSchema.parse({ people: [{ personId: '2', name: '李强', roles: [{ role: 'principal' }, 'teacher'], school: { name: '二中' } }] });
    const c = demoPeopleSchema.parse([{ id: '3', name: '周县', role: 'county-admin', countyName: '示范县' }]);
    expect(a).toEqual([{ id: '1', name: '王芳', roles: ['teacher'], schoolName: '城关一小' }]);
    expect(b).toEqual([{ id: '2', name: '李强', roles: ['principal', 'teacher'], schoolName: '二中' }]);
    expect(c[0]?.schoolName).toBe('示范县');
  });

  it('refuses a demo person without an id', () => {
    expect(demoPeopleSchema.safeParse([{ name: '无名', role: 'teacher' }]).success).toBe(false);
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
