/**
 * CloudBase entry of the `records` cloud function. Thin on purpose: the platform
 * wrapper builds the CloudBase deps (document store, file store, OPENID from
 * the context) and the shared handler parses the event and runs the use-case.
 * Imports only this function's handler so the bundle stays small.
 */
import { cloudbaseMain } from '../_core/adapters/cloudbase/cloudbase-main';
import { createSharpImageNormalizer } from '../_core/adapters/sharp/sharp-image-normalizer';
import { recordsFunction } from '../_core/handlers/records';

/** records takes certificate uploads: photos are decoded and re-encoded with sharp (a native dependency). */
export const main = cloudbaseMain(recordsFunction, { images: createSharpImageNormalizer });
