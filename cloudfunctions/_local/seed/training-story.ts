import dayjs from 'dayjs';
import { chinaDate, chinaYear } from '../../_core/use-cases/support/time';
import { cast, demoOpenidOf } from './cast';
import type { YearShift } from './demo-year';
import type { SeedContext } from './seed-context';

/** Who does not come to the county training: the two far-behind stories and the teacher on maternity leave. */
const absent = new Set(['chenj', 'zhengk', 'huangxf']);
/** Scans in 15 minutes late (still credited, 「迟到 15 分钟」). */
const late = 'wuyt';

type Session = { session: { id: string; version: number } };

/**
 * Issue 15 in the demo: a county 集中培训 on 11-12 of the demo year that the county
 * admin created, teachers signed in to by scanning (高鹏, unbound, marked by hand),
 * and closed — so 我的记录 shows 来源：现场签到 and 我的培训 a credited session — and,
 * at the real clock, an upcoming county session next week. All through the training
 * use-cases; nothing of it touches 一中's own 校本研修, which 王建国 creates himself.
 */
export async function playTrainingStory(ctx: SeedContext, shift: YearShift, adminOpenid: string, personIdOf: (name: string) => string, realNow: string): Promise<number> {
  const day = shift.date('2026-11-12');
  const at = (time: string) => dayjs(`${day}T${time}:00+08:00`).toISOString();
  ctx.at(shift.at('2026-11-02 09:00'));
  const created = await ctx.call<Session>('training', {
    action: 'create', hours: 6, date: day, startsAt: at('08:30'), endsAt: at('16:30'), place: '通榆县教师进修学校报告厅',
    template: { title: `${shift.year}年通榆县中小学教师集中培训：大单元教学设计专题`, organizer: '通榆县教师进修学校', form: '集中', level: '县', content: '专业', topic: '大单元教学', tags: [] },
  }, adminOpenid);
  const sessionId = created.session.id;
  const signers = cast.filter((m) => !m.unbound && !absent.has(m.key));
  for (const [i, m] of signers.entries()) {
    // The organiser's screen shows a fresh code every minute; each teacher scans the one on screen.
    ctx.atIso(m.key === late ? at('08:45') : dayjs(at('08:05')).add(i * 2, 'minute').toISOString());
    const { code } = await ctx.call<{ code: string }>('training', { action: 'code', sessionId }, adminOpenid);
    await ctx.call('training', { action: 'sign-in', code }, demoOpenidOf(m.key));
  }
  ctx.atIso(at('08:50'));
  const unbound = cast.filter((m) => m.unbound).map((m) => personIdOf(m.name));
  if (unbound.length > 0) await ctx.call('training', { action: 'mark', sessionId, teacherIds: unbound, present: true }, adminOpenid);
  ctx.atIso(at('17:00'));
  const detail = await ctx.call<Session>('training', { action: 'get', sessionId }, adminOpenid);
  await ctx.call('training', { action: 'close', sessionId, version: detail.session.version }, adminOpenid);

  // Next week's county session, at the real clock (skipped when next week is already next year).
  ctx.atIso(realNow);
  const next = dayjs(realNow).add(7, 'day').toISOString();
  const nextDay = chinaDate(next);
  if (chinaYear(next) !== shift.year) return 1;
  const nextAt = (time: string) => dayjs(`${nextDay}T${time}:00+08:00`).toISOString();
  await ctx.call('training', {
    action: 'create', hours: 3, date: nextDay, startsAt: nextAt('08:30'), endsAt: nextAt('11:30'), place: '通榆县教师进修学校报告厅',
    template: { title: `${shift.year}年通榆县中小学教师集中培训：作业设计与评价专题`, organizer: '通榆县教师进修学校', form: '集中', level: '县', content: '专业', topic: '作业设计', tags: [] },
  }, adminOpenid);
  return 2;
}
