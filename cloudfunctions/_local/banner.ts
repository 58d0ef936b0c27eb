import { collections } from '../../shared/schemas/domain/collections';
import { roleLabels } from '../../shared/schemas/domain/common';
import type { PersonDoc } from '../../shared/schemas/domain/person';
import { bindingCodeMatches } from '../_core/use-cases/support/binding-code';
import type { DocumentStore, StoredDoc } from '../_core/ports/document-store';
import type { DemoPersonView } from '../../shared/schemas/api/local';
import { seedMarkerCollection } from './seed/run-seed';

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

interface SeedMarker extends StoredDoc { codes?: { name: string; school: string; code: string }[] }

/** Binding codes the seed handed out that are still unused, as start-up lines. */
export async function describeUnusedCodes(store: DocumentStore): Promise<string> {
  const marker = await store.get<SeedMarker>(seedMarkerCollection, 'demo');
  const lines: string[] = [];
  for (const c of marker?.codes ?? []) {
    // Codes are stored hashed: the seed marker keeps the issued code, the person's hash says if it is still unused.
    const namesakes = await store.find<PersonDoc>(collections.people, { name: c.name });
    if (namesakes.some((p) => bindingCodeMatches(p, c.code))) lines.push(`  · ${c.name}（${c.school}）绑定码 ${c.code}`);
  }
  return lines.length ? ['也可以在「我的」页用姓名 + 绑定码登录（未绑定的教师）：', ...lines].join('\n') : '';
}
