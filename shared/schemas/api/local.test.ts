import { demoPeopleData, signInCodeBody, signInData, signInPickBody } from './local';

describe('local stack route schemas', () => {
  it('reads a demo picker list and refuses rows without a person id or with an unknown role', () => {
    const row = { personId: 'p1', name: '刘淑琴', roles: ['county-admin'], schoolName: null, countyName: '通榆县' };
    expect(demoPeopleData.parse({ people: [row] }).people[0]?.name).toBe('刘淑琴');
    expect(demoPeopleData.safeParse({ people: [{ ...row, personId: '' }] }).success).toBe(false);
    expect(demoPeopleData.safeParse({ people: [{ ...row, roles: ['visitor'] }] }).success).toBe(false);
    expect(demoPeopleData.safeParse([row]).success).toBe(false);
  });

  it('sign-in bodies: a picked person, or name + code with the bind rules; nothing else', () => {
    expect(signInPickBody.parse({ personId: 'p1' })).toEqual({ personId: 'p1' });
    expect(signInPickBody.safeParse({ personId: 'p1', openid: 'x' }).success).toBe(false);
    expect(signInCodeBody.parse({ name: ' 高鹏 ', code: 'abcd2345' })).toEqual({ name: '高鹏', code: 'ABCD2345' });
    expect(signInCodeBody.safeParse({ name: '高鹏', code: 'abcd2345', openid: 'x' }).success).toBe(false);
  });

  it('sign-in data carries a token and the person (or null)', () => {
    const person = { id: 'p1', name: '高鹏', countyId: 'c', countyName: '通榆县', schoolId: 's', schoolName: '新华小学', statuses: [] };
    expect(signInData.parse({ token: 't0k3n', person }).person?.name).toBe('高鹏');
    expect(signInData.parse({ token: 't0k3n', person: null }).person).toBeNull();
    expect(signInData.safeParse({ token: '', person: null }).success).toBe(false);
  });
});
