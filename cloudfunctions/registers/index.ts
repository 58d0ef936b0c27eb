/**
 * CloudBase entry of the `registers` cloud function. Thin on purpose: the platform
 * wrapper builds the CloudBase deps (document store, file store, OPENID from
 * the context) and the shared handler parses the event and runs the use-case.
 * Imports only this function's handler so the bundle stays small.
 */
import { cloudbaseMain } from '../_core/adapters/cloudbase/cloudbase-main';
import { registersFunction } from '../_core/handlers/registers';

export const main = cloudbaseMain(registersFunction);
