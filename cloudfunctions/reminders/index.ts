/**
 * CloudBase entry of the `reminders` cloud function: run daily at 08:00 by its
 * timer trigger (cloudbaserc.json, `0 0 8 * * * *`; docs/deploy.md 「定时提醒」).
 * Not in the function registry, so the local server never serves it over HTTP
 * (it runs there on its own schedule, cloudfunctions/_local/reminders-schedule.ts).
 * Needs the openapi permission for subscribeMessage.send (config.json beside it).
 */
import { cloudbaseMain } from '../_core/adapters/cloudbase/cloudbase-main';
import { remindersTimer } from '../_core/handlers/reminders';

export const main = cloudbaseMain(remindersTimer);
