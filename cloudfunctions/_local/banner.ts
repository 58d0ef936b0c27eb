import { roleLabels } from '../../shared/schemas/domain/common';
import type { DemoPersonView } from './demo-people';

/** The start-up lines that say whom to sign in as, one demo person a line. */
export function describeDemoPeople(people: readonly DemoPersonView[]): string {
  if (people.length === 0) return '没有演示人员：可在「我的」页用姓名 + 绑定码登录。';
  const lines = people.map((p) => {
    const roles = p.roles.map((r) => roleLabels[r]).join('、');
    const where = p.schoolName ?? p.countyName;
    return `  · ${p.name}（${roles}，${where}）${p.note ? ` —— ${p.note}` : ''}`;
  });
  return ['打开网页后在「我的」页选择身份登录，可选：', ...lines].join('\n');
}
