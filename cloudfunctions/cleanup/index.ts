/**
 * CloudBase entry of the `cleanup` cloud function: run daily by its timer
 * trigger (cloudbaserc.json, `0 0 3 * * * *`; docs/deploy.md 「定时清理」).
 * Not in the function registry, so the local server never serves it over
 * HTTP; a call that carries an OPENID (the mini-program calling it by name)
 * is refused by the handler before anything is read or deleted.
 */
import { cloudbaseMain } from '../_core/adapters/cloudbase/cloudbase-main';
import { cleanupTimer } from '../_core/handlers/cleanup';

export const main = cloudbaseMain(cleanupTimer);
