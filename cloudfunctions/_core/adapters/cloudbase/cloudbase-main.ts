/**
 * The CloudBase entry for one function: `export const main = cloudbaseMain(handler)`
 * in `cloudfunctions/<fn>/index.ts`. The app and the stores live for the life
 * of the container (warm starts reuse them); the caller's identity is read per
 * invocation from the platform context.
 */
import { init, SYMBOL_CURRENT_ENV, type CloudBase, type IContextParam } from '@cloudbase/node-sdk';
import dayjs from 'dayjs';
import type { FunctionResult } from '../../../../shared/schemas/api/envelope';
import type { Deps } from '../../deps';
import type { FunctionHandler } from '../../handlers/define-function';
import type { DocumentStore } from '../../ports/document-store';
import type { FileStore } from '../../ports/file-store';
import type { ImageNormalizer } from '../../ports/image-normalizer';
import type { SignInCodeImage } from '../../ports/sign-in-code-image';
import { createCloudbaseDocumentStore } from './cloudbase-document-store';
import { createCloudbaseFileStore } from './cloudbase-file-store';
import { createCloudbaseIdentity } from './cloudbase-identity';
import { CloudFunctionReader } from '../reader/cloud-function-reader';
import { createWechatSubscribeMessenger } from '../messenger/wechat-subscribe-messenger';
import type { Messenger } from '../../ports/messenger';

/** Fields the platform itself adds to events from the mini-program; never trusted, never parsed. */
const PLATFORM_EVENT_FIELDS = ['userInfo'];

interface Container { app: CloudBase; store: DocumentStore; files: FileStore; reader: CloudFunctionReader; messenger: Messenger }
let container: Container | undefined;

function getContainer(): Container {
  if (!container) {
    const app = init({ env: SYMBOL_CURRENT_ENV });
    // The reader port here only forwards to the `reader` function (the OCR engine lives there).
    container = { app, store: createCloudbaseDocumentStore({ app }), files: createCloudbaseFileStore({ app }), reader: new CloudFunctionReader(app),
      // Subscribe messages (template ids from the function's env, docs/reminders.md).
      messenger: createWechatSubscribeMessenger(app, process.env) };
  }
  return container;
}

/**
 * Drops platform-added fields (WeChat appends `userInfo: { appId, openId }` to
 * the event). The strict event schemas would otherwise refuse every call; the
 * openid is taken from the context instead.
 */
export function withoutPlatformFields(event: unknown): unknown {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) return event;
  const copy: Record<string, unknown> = { ...(event as Record<string, unknown>) };
  for (const field of PLATFORM_EVENT_FIELDS) delete copy[field];
  return copy;
}

/** Extra adapters a function needs beyond the stores (only `records` takes uploads). */
export interface CloudbaseMainOptions {
  /** Built once per container, on first use. */
  images?: () => ImageNormalizer;
  /** Sign-in code images (only `training`), built once per container from the app. */
  signInCodes?: (app: CloudBase) => SignInCodeImage;
}

/** Wraps a registry handler as a CloudBase `main(event, context)`. */
export function cloudbaseMain(handler: FunctionHandler, options: CloudbaseMainOptions = {}): (event: unknown, context: IContextParam) => Promise<FunctionResult> {
  let images: ImageNormalizer | undefined;
  let signInCodes: SignInCodeImage | undefined;
  return async (event, context) => {
    if (options.images && !images) images = options.images();
    const { app, store, files, reader, messenger } = getContainer();
    if (options.signInCodes && !signInCodes) signInCodes = options.signInCodes(app);
    const deps: Deps = {
      store,
      files,
      reader,
      messenger,
      identity: createCloudbaseIdentity({ app, context }),
      clock: () => dayjs().toISOString(),
      ...(images ? { images } : {}),
      ...(signInCodes ? { signInCodes } : {}),
    };
    return handler(withoutPlatformFields(event), deps);
  };
}
