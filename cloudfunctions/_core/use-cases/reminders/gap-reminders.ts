import dayjs from 'dayjs';
import { formatAmount } from '../../../../shared/credits';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { Deps } from '../../deps';
import { findPolicyInForce } from '../policy/policy-in-force';
import { deadlinesOf, requirementUnitOf } from '../progress/mine-extras';
import { refreshSummaries } from '../progress/summaries/refresh-summaries';
import { rowsOf } from '../progress/summaries/summary-queries';
import { byIds } from '../support/by-ids';
import { chinaDate, chinaYear } from '../support/time';
import { consentHolders, sendMessages, type MessageDraft, type SendTally } from './send-messages';

/** Days before the county's deadline in which teachers still short are told what they lack. */
export const GAP_WINDOW_DAYS = 14;
/** The last days before the deadline: a second, final reminder. */
export const GAP_FINAL_DAYS = 3;

/** The county's next deadline for a year: the policy's first hand-in date not yet past, else the year's last day. */
export function nextDeadline(policyData: unknown, year: number, today: string): { date: string; name: string } {
  const due = deadlinesOf(policyData as never).filter((d) => d.to >= today).sort((a, b) => a.to.localeCompare(b.to))[0];
  return due ? { date: due.to, name: due.name } : { date: `${year}-12-31`, name: `${year} 年度学分统计` };
}

/** 'early' (two weeks out) or 'final' (the last three days); null outside the window. */
export function gapStage(deadline: string, today: string): { stage: 'early' | 'final'; daysLeft: number } | null {
  const daysLeft = dayjs(deadline).diff(dayjs(today), 'day');
  if (daysLeft < 0 || daysLeft > GAP_WINDOW_DAYS) return null;
  return { stage: daysLeft <= GAP_FINAL_DAYS ? 'final' : 'early', daysLeft };
}

const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/**
 * Gap reminders of one county: within {@link GAP_WINDOW_DAYS} days of its deadline,
 * each teacher who opted in and has not met this year's requirement is told what
 * she still lacks (the summaries' figures, i.e. the engine's). One message per
 * stage (early, final) and deadline: `gap:<county>:<deadline>:<stage>:<teacher>`,
 * so a timer that runs twice a day, or is late a day, sends nothing twice.
 */
export async function gapReminders(deps: Deps, countyId: string): Promise<SendTally | null> {
  const now = deps.clock();
  const today = chinaDate(now);
  const year = chinaYear(now);
  const policy = await findPolicyInForce(deps, countyId, year);
  if (!policy) return null;
  const deadline = nextDeadline(policy.doc.data, year, today);
  const when = gapStage(deadline.date, today);
  if (!when) return null;
  const holders = await consentHolders(deps, countyId, 'gap');
  if (holders.size === 0) return null;
  await refreshSummaries(deps, countyId, year, policy);
  const rows = await rowsOf(deps, countyId, year, [...holders]);
  const short = [...rows.values()].filter((r) => r.standing !== 'met');
  const people = await byIds<PersonDoc>(deps.store, collections.people, short.map((r) => r.teacherId));
  const unit = requirementUnitOf(policy.doc.data as never);
  const drafts: MessageDraft[] = [];
  for (const row of short) {
    const person = people.get(row.teacherId);
    if (!person) continue;
    const lacks = row.shortfall > 0 ? `还差 ${formatAmount(row.shortfall, { unit })}` : `还有 ${row.missingCount} 项未达标`;
    const parts = row.shortCategories.map((c) => `${c.name}差 ${formatAmount(c.missing, { unit: '' })}`);
    const title = row.shortCategories.length > 0 ? `${lacks}（${row.shortCategories[0]?.name ?? ''}等）` : lacks;
    drafts.push({
      id: `gap:${countyId}:${deadline.date}:${when.stage}:${row.teacherId}`,
      kind: 'gap',
      person,
      page: 'my-records/progress/index',
      fields: { title: title.replace(/\s+/g, ''), deadline: `${deadline.date.slice(0, 4)}年${monthDay(deadline.date)}`, note: when.stage === 'final' ? '最后几天，请尽快登记' : '请及时参训并登记证书' },
      text: `${person.name}老师：距「${deadline.name}」（${monthDay(deadline.date)}）还有 ${when.daysLeft} 天，本年度${lacks}${parts.length > 0 ? `：${parts.join('，')}` : ''}。`,
    });
  }
  return sendMessages(deps, drafts);
}
