import dayjs from 'dayjs';
import { createStaticIdentity } from '../_core/adapters/local/static-identity';
import type { FileStore } from '../_core/ports/file-store';
import type { DocumentStore } from '../_core/ports/document-store';
import { runDailyReminders, type DailyRemindersReport } from '../_core/use-cases/reminders/daily-reminders';

/**
 * Locally every hour: each reminder's outbox id is fixed per day (or per deadline
 * stage), so running more often than CloudBase's daily 08:00 trigger sends nothing
 * twice, and a server started at noon still sends the day's reminders.
 */
export const REMINDERS_INTERVAL_MS = 60 * 60 * 1000;

/**
 * The local server's reminder run: shortly after start, then hourly; the timer does
 * not keep the process alive. Messages land in `outbox` (the local messenger).
 * Returns a stop function.
 */
export function scheduleReminders(
  store: DocumentStore, files: FileStore, report: (r: DailyRemindersReport) => void, onError: (err: unknown) => void,
  clock: () => string = () => dayjs().toISOString(),
): () => void {
  const run = () => runDailyReminders({ store, files, identity: createStaticIdentity(null), clock }).then(report, onError);
  const first = setTimeout(() => void run(), 5_000);
  first.unref();
  const timer = setInterval(() => void run(), REMINDERS_INTERVAL_MS);
  timer.unref();
  return () => { clearTimeout(first); clearInterval(timer); };
}
