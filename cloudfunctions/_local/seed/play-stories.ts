import dayjs from 'dayjs';
import type { RecordInputRaw } from '../../../shared/schemas/record';
import { stageUpload } from '../../_core/use-cases/records/stage-upload';
import { resolveCaller } from '../../_core/auth/resolve-caller';
import { catalogue } from './catalogue';
import { certificatePng } from './certificate-image';
import type { DemoSchoolKey } from './cast';
import type { SeedContext } from './seed-context';
import type { YearShift } from './demo-year';
import { stories, type Story } from './stories';

/** The reviewer of a school when the story names none. */
const principalOf: Record<DemoSchoolKey, string> = { yizhong: 'wangjg', xinhua: 'lixm' };

interface Step { at: string; order: number; run: () => Promise<void> }
interface Live { recordId: string; version: number }

const beijing = (date: string, plusDays: number, hour: number) =>
  dayjs(`${date}T00:00:00+08:00`).add(plusDays, 'day').add(hour, 'hour');
/** Nothing in the demo happens after this moment of the school year (2026 as written). */
const lastDay = '2026-11-20';

/**
 * Plays every story as dated steps, in time order across all teachers, so the
 * audit log reads like the school year did. Returns how many records end in
 * each status.
 */
export async function playStories(
  ctx: SeedContext, shift: YearShift, who: (key: string) => { openid: string; school: DemoSchoolKey | null },
): Promise<Record<string, number>> {
  const lastMoment = dayjs(`${shift.date(lastDay)}T18:00:00+08:00`);
  const clamp = (t: dayjs.Dayjs, minutes: number) => (t.isAfter(lastMoment) ? lastMoment.subtract(240 - minutes, 'minute') : t);
  const steps: Step[] = [];
  const tally: Record<string, number> = {};
  stories.forEach((story, i) => {
    const live: Live = { recordId: '', version: 0 };
    const teacher = who(story.teacher);
    if (!teacher.school) throw new Error(`演示数据生成失败：${story.teacher} 不是学校教师`);
    const reviewer = who(story.reviewer ?? principalOf[teacher.school]);
    const typed = { ...catalogue[story.record], ...story.override } as RecordInputRaw;
    const input = shift.record(typed);
    const submitAt = clamp(beijing(input.endDate, 1 + (i % 3), 20 + (i % 3)), i % 60);
    const reviewAt = clamp(submitAt.add(2, 'day').hour(10).minute(i % 60), i % 60 + 60);
    const fixAt = clamp(reviewAt.add(1, 'day').hour(21), i % 60 + 120);
    const secondAt = clamp(fixAt.add(2, 'day').hour(11), i % 60 + 180);
    const push = (t: dayjs.Dayjs, run: () => Promise<void>) => steps.push({ at: t.toISOString(), order: steps.length, run });
    const track = (data: { record: { id: string; version: number } }) => {
      live.recordId = data.record.id;
      live.version = data.record.version;
    };
    const photo = async () => {
      const deps = ctx.deps(teacher.openid);
      const staged = await stageUpload(deps, await resolveCaller(deps), certificatePng(i));
      return [staged.uploadId];
    };

    push(submitAt, async () => {
      const uploadIds = story.photo ? await photo() : undefined;
      track(await ctx.call('records', {
        action: 'submit', requestId: `seed-${story.teacher}-${String(i).padStart(3, '0')}`, record: input,
        ...(uploadIds ? { uploadIds } : {}),
      }, teacher.openid));
    });
    const fix = story.fix ? shift.record({ ...typed, ...story.fix }) : input;
    schedule(story, { push, reviewAt, fixAt, secondAt, input, fix, track, live, teacher: teacher.openid, reviewer: reviewer.openid, ctx });
    tally[finalStatus(story)] = (tally[finalStatus(story)] ?? 0) + 1;
  });

  steps.sort((a, b) => a.at.localeCompare(b.at) || a.order - b.order);
  for (const step of steps) {
    ctx.atIso(step.at);
    await step.run();
  }
  return tally;
}

function finalStatus(story: Story): string {
  return story.outcome === 'returned-approved' ? 'approved' : story.outcome;
}

interface Plan {
  push: (t: dayjs.Dayjs, run: () => Promise<void>) => void;
  reviewAt: dayjs.Dayjs; fixAt: dayjs.Dayjs; secondAt: dayjs.Dayjs;
  input: RecordInputRaw;
  /** The record as resubmitted (the story's fix applied, in the demo year). */
  fix: RecordInputRaw;
  track: (data: { record: { id: string; version: number } }) => void;
  live: Live;
  teacher: string; reviewer: string;
  ctx: SeedContext;
}

/** The steps after the submit, by outcome. */
function schedule(story: Story, p: Plan): void {
  const ref = () => ({ recordId: p.live.recordId, version: p.live.version });
  const approve = async () => p.track(await p.ctx.call('review', { action: 'approve', ...ref() }, p.reviewer));
  const giveBack = async () => p.track(await p.ctx.call('review', {
    action: 'return', ...ref(), reason: story.reason ?? '请补充证书', ...(story.fields ? { fields: story.fields } : {}),
  }, p.reviewer));
  const resubmit = async () => p.track(await p.ctx.call('records', {
    action: 'resubmit', ...ref(), record: p.fix,
  }, p.teacher));
  switch (story.outcome) {
    case 'approved': p.push(p.reviewAt, approve); break;
    case 'submitted': break;
    case 'returned': p.push(p.reviewAt, giveBack); break;
    case 'resubmitted': p.push(p.reviewAt, giveBack); p.push(p.fixAt, resubmit); break;
    case 'returned-approved': p.push(p.reviewAt, giveBack); p.push(p.fixAt, resubmit); p.push(p.secondAt, approve); break;
    case 'withdrawn':
      p.push(p.reviewAt.subtract(1, 'day'), async () => p.track(await p.ctx.call('records', {
        action: 'withdraw', ...ref(), ...(story.note ? { note: story.note } : {}),
      }, p.teacher)));
      break;
  }
}
