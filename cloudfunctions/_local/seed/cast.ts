import type { Role } from '../../../shared/schemas/domain/common';
import type { TeacherStatus } from '../../../shared/schemas/teacher-context';

/**
 * The demo county's people. Fixed data, so every fresh `.data/` looks the same.
 * Names, schools and subjects are made up but typical of a county in 吉林.
 */
export const demoCounty = { _id: 'county-tongyu', name: '通榆县', region: '吉林省白城市' } as const;

export const demoSchools = [
  { _id: 'school-tongyu-1z', name: '通榆县第一中学', code: 'TY001' },
  { _id: 'school-tongyu-xh', name: '通榆县新华小学', code: 'TY102' },
] as const;
export type DemoSchoolKey = 'yizhong' | 'xinhua';
export const schoolOf: Record<DemoSchoolKey, (typeof demoSchools)[number]> = {
  yizhong: demoSchools[0],
  xinhua: demoSchools[1],
};

/** The county admin is bootstrapped directly: someone has to be admin before anything can be imported. */
export const demoAdmin = { _id: 'person-admin-liu', name: '刘淑琴', subject: '教师培训', phone: '13904361208' } as const;

export interface CastMember {
  /** Short key used by the record stories. */
  key: string;
  name: string;
  school: DemoSchoolKey;
  subject: string;
  /** Roles beyond `teacher` (everyone here also teaches). */
  extraRoles?: Exclude<Role, 'teacher' | 'county-admin'>[];
  statuses?: { status: TeacherStatus; years?: number[] }[];
  hiredOn?: string;
  /** Left unbound: signs in with name + binding code (printed at start-up). */
  unbound?: boolean;
  /** Shown next to the name in the demo picker. */
  note?: string;
}

export const cast: readonly CastMember[] = [
  { key: 'wangjg', name: '王建国', school: 'yizhong', subject: '物理', extraRoles: ['principal'], note: '一中校长，审核本校记录' },
  { key: 'sunlh', name: '孙丽华', school: 'yizhong', subject: '化学', extraRoles: ['credit-officer'], note: '一中学分管理员' },
  { key: 'zhangym', name: '张雅梅', school: 'yizhong', subject: '语文', note: '已达标' },
  { key: 'zhaol', name: '赵磊', school: 'yizhong', subject: '数学', note: '有被退回的记录' },
  { key: 'chenj', name: '陈静', school: 'yizhong', subject: '英语', note: '进度落后' },
  { key: 'liuyq', name: '刘彦青', school: 'yizhong', subject: '历史', note: '重新提交待审核' },
  { key: 'huangxf', name: '黄晓芳', school: 'yizhong', subject: '生物', statuses: [{ status: 'maternity', years: [2026] }], note: '产假' },
  { key: 'lixm', name: '李秀梅', school: 'xinhua', subject: '语文', extraRoles: ['principal'], note: '新华小学校长' },
  { key: 'zhouh', name: '周浩', school: 'xinhua', subject: '数学', note: '学时已够（达标），专题目标还差' },
  { key: 'wuyt', name: '吴雨婷', school: 'xinhua', subject: '音乐', note: '有撤回的记录' },
  { key: 'zhengk', name: '郑凯', school: 'xinhua', subject: '体育', note: '进度落后' },
  { key: 'mali', name: '马丽', school: 'xinhua', subject: '美术', note: '待审核较多' },
  { key: 'hejl', name: '何佳乐', school: 'xinhua', subject: '英语', statuses: [{ status: 'new-teacher', years: [2026] }], hiredOn: '2026-08-25', note: '新入职教师' },
  { key: 'gaop', name: '高鹏', school: 'xinhua', subject: '信息技术', unbound: true, note: '未绑定，用姓名+绑定码登录' },
];

/** Stand-in openid of a demo person: fixed, so the picker keeps working across restarts. */
export const demoOpenidOf = (key: string): string => `local-demo-${key}`;
