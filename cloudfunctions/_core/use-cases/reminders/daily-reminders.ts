import { collections } from '../../../../shared/schemas/domain/collections';
import type { CountyDoc } from '../../../../shared/schemas/domain/county';
import type { Deps } from '../../deps';
import { gapReminders } from './gap-reminders';
import { queueReminders } from './queue-reminders';
import { addTally, emptyTally, type SendTally } from './send-messages';

export interface DailyRemindersReport { at: string; counties: number; gap: SendTally; queue: SendTally }

/**
 * The daily reminder run (the `reminders` timer function; locally the server's
 * daily schedule): for every county, gap reminders near its deadline and queue
 * reminders for reviewers whose records wait. Safe to repeat: outbox ids are
 * deterministic per stage or per day.
 */
export async function runDailyReminders(deps: Deps): Promise<DailyRemindersReport> {
  const counties = await deps.store.find<CountyDoc>(collections.counties, {});
  let gap = emptyTally();
  let queue = emptyTally();
  for (const county of counties) {
    const g = await gapReminders(deps, county._id);
    if (g) gap = addTally(gap, g);
    const q = await queueReminders(deps, county._id);
    if (q) queue = addTally(queue, q);
  }
  return { at: deps.clock(), counties: counties.length, gap, queue };
}
