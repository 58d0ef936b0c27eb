/**
 * CloudBase entry of the `training` cloud function (sessions and sign-in,
 * decision 016). Thin on purpose, like the others; the sign-in code image is
 * the mini-program code adapter (wxacode.getUnlimited).
 */
import { cloudbaseMain } from '../_core/adapters/cloudbase/cloudbase-main';
import { createWxacodeImage } from '../_core/adapters/cloudbase/wxacode-image';
import { trainingFunction } from '../_core/handlers/training';

export const main = cloudbaseMain(trainingFunction, { signInCodes: createWxacodeImage });
