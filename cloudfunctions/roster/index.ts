/**
 * CloudBase entry of the `roster` cloud function. Thin on purpose: the platform
 * wrapper builds the CloudBase deps (document store, file store, OPENID from
 * the context) and the shared handler parses the event and runs the use-case.
 * Imports only this function's handler so the bundle stays small.
 */
import { cloudbaseMain } from '../_core/adapters/cloudbase/cloudbase-main';
import { rosterFunction } from '../_core/handlers/roster';

export const main = cloudbaseMain(rosterFunction);
