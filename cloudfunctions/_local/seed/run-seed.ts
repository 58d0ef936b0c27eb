import type { DocumentStore } from '../../_core/ports/document-store';
import type { FileStore } from '../../_core/ports/file-store';
import { demoPeopleCollection, type DemoEntry } from '../demo-people';
import { bootstrapCounty } from './bootstrap';
import { cast, demoAdmin, demoOpenidOf, schoolOf } from './cast';
import { playStories } from './play-stories';
import { playTrainingStory } from './training-story';
import { createSeedContext } from './seed-context';
import { demoYearOf, STORY_YEAR, yearShift } from './demo-year';

/** Marker written last: its presence means the seed completed. */
export const seedMarkerCollection = 'local_seed';
export const adminOpenid = demoOpenidOf('admin');

export interface SeedOutcome {
  people: number;
  records: Record<string, number>;
  /** The school year the demo plays in (the seed clock's year, 2026 at the earliest). */
  year: number;
  /** Unbound people and the binding code to sign in with. */
  codes: { name: string; school: string; code: string }[];
}

/**
 * Seeds the demo county through the use-cases themselves (policy.publish,
 * policy.roll-over, roster.import, roster.set-role, identity.bind, records.*,
 * review.*), so the audit log is what real use would leave. Deterministic for
 * a given year, apart from binding codes, which the roster use-case draws at
 * random.
 *
 * The county publishes 通榆's 2026 plan in March 2026. When the seed's clock
 * (`realNow`) is in a later year, the county carries the plan over each new
 * year (policy.roll-over, as an administrator would in January) and the
 * school year's stories play in that year: every demo has a policy and
 * records for the current year.
 */
export async function runSeed(store: DocumentStore, files: FileStore, realNow: string): Promise<SeedOutcome> {
  const ctx = createSeedContext(store, files);
  const shift = yearShift(demoYearOf(realNow));
  ctx.at('2026-03-02 09:00');
  await bootstrapCounty(ctx, adminOpenid);

  ctx.at('2026-03-20 10:00');
  await ctx.call('policy', { action: 'publish', year: STORY_YEAR, policyId: 'tongyu-2026', expectedVersion: 0, note: '2026年通榆县中小学（幼儿园）教师全员培训实施方案' }, adminOpenid);
  for (let year = STORY_YEAR + 1; year <= shift.year; year += 1) {
    ctx.at(`${year}-01-05 09:30`);
    await ctx.call('policy', { action: 'roll-over', fromYear: year - 1, toYear: year, expectedVersion: 0, note: `${year} 年度沿用 ${year - 1} 年度方案` }, adminOpenid);
  }

  ctx.at(shift.at('2026-03-25 14:00'));
  const rows = cast.map((m) => ({
    name: m.name, schoolId: schoolOf[m.school]._id, subject: m.subject,
    ...(m.statuses ? { statuses: m.statuses.map((s) => (s.years ? { ...s, years: shift.years(s.years) } : s)) } : {}),
    ...(m.hiredOn ? { hiredOn: shift.date(m.hiredOn) } : {}),
  }));
  const imported = await ctx.call<{ people: { name: string; personId: string; bindingCode?: string }[] }>('roster', { action: 'import', rows }, adminOpenid);
  const idOf = new Map(imported.people.map((p) => [p.name, p]));
  const personOf = (name: string) => {
    const p = idOf.get(name);
    if (!p) throw new Error(`演示数据生成失败：名册中没有 ${name}`);
    return p;
  };
  for (const m of cast) {
    for (const role of m.extraRoles ?? []) {
      await ctx.call('roster', { action: 'set-role', personId: personOf(m.name).personId, role, grant: true }, adminOpenid);
    }
  }

  const entries: DemoEntry[] = [{ _id: demoAdmin._id, openid: adminOpenid, order: 0, note: '教师进修学校，管理全县' }];
  for (const [i, m] of cast.entries()) {
    if (m.unbound) continue;
    const p = personOf(m.name);
    if (!p.bindingCode) throw new Error(`演示数据生成失败：${m.name} 没有绑定码`);
    ctx.at(shift.at(`2026-03-${String(26 + (i % 4)).padStart(2, '0')} ${String(8 + (i % 10)).padStart(2, '0')}:15`));
    await ctx.call('identity', { action: 'bind', name: m.name, code: p.bindingCode }, demoOpenidOf(m.key));
    const order = m.extraRoles?.includes('principal') ? 1 : m.extraRoles ? 2 : 10;
    entries.push({ _id: p.personId, openid: demoOpenidOf(m.key), order: order * 100 + i, ...(m.note ? { note: m.note } : {}) });
  }
  for (const e of entries) await store.set(demoPeopleCollection, e);

  const records = await playStories(ctx, shift, (key) => {
    if (key === 'admin') return { openid: adminOpenid, school: null };
    const m = cast.find((c) => c.key === key);
    if (!m) throw new Error(`演示数据生成失败：没有 ${key}`);
    return { openid: demoOpenidOf(key), school: m.school };
  });

  // Training sessions and sign-in (issue 15): a closed county 集中培训 of 11-12, and one next week.
  await playTrainingStory(ctx, shift, adminOpenid, (name) => personOf(name).personId, realNow);

  // Codes are valid for a while from when they are issued: issue the unbound ones "now".
  ctx.atIso(realNow);
  const codes: SeedOutcome['codes'] = [];
  for (const m of cast.filter((c) => c.unbound)) {
    const invite = await ctx.call<{ code: string }>('roster', { action: 'invite', personId: personOf(m.name).personId }, adminOpenid);
    codes.push({ name: m.name, school: schoolOf[m.school].name, code: invite.code });
  }
  await store.set(seedMarkerCollection, { _id: 'demo', seededAt: realNow, codes });
  return { people: cast.length + 1, records, codes, year: shift.year };
}
