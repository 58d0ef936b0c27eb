import dayjs from 'dayjs';
import type { Deps } from '../../_core/deps';
import type { DocumentStore } from '../../_core/ports/document-store';
import type { FileStore } from '../../_core/ports/file-store';
import { functions, type FunctionName } from '../../_core/registry';
import { createStaticIdentity } from '../../_core/adapters/local/static-identity';
import { createSharpImageNormalizer } from '../../_core/adapters/sharp/sharp-image-normalizer';
import { createQrCodeImage } from '../../_core/adapters/qrcode/qr-code-image';

/**
 * What the seed steps share: the stores, a settable clock (so the audit log
 * reads as a school year, April to November 2026) and counter ids (so every
 * fresh seed writes the same documents).
 */
export interface SeedContext {
  store: DocumentStore;
  files: FileStore;
  /** Sets the clock to a Beijing-time moment like `2026-07-20 09:30`. */
  at(beijingTime: string): void;
  /** Sets the clock to an ISO-8601 instant. */
  atIso(iso: string): void;
  now(): string;
  deps(openid: string | null): Deps;
  /** Calls a function as `openid`; throws with the function's own message on ok:false. */
  call<T = Record<string, unknown>>(fn: FunctionName, event: Record<string, unknown>, openid: string): Promise<T>;
}

export function createSeedContext(store: DocumentStore, files: FileStore): SeedContext {
  let now = dayjs('2026-03-01T09:00:00+08:00').toISOString();
  let counter = 0;
  const ids = () => `seed-${(counter += 1).toString().padStart(6, '0')}`;
  const images = createSharpImageNormalizer();
  // The seed's organiser asks for sign-in codes too (training.code); the QR points at the default local origin.
  const signInCodes = createQrCodeImage(() => 'http://127.0.0.1:8787');
  const deps = (openid: string | null): Deps => ({
    store, files, identity: createStaticIdentity(openid), clock: () => now, ids, log: () => undefined, images, signInCodes,
  });
  return {
    store,
    files,
    at(beijingTime) {
      const t = dayjs(`${beijingTime.replace(' ', 'T')}:00+08:00`);
      if (!t.isValid()) throw new Error(`seed: bad time ${beijingTime}`);
      now = t.toISOString();
    },
    atIso(iso) {
      now = dayjs(iso).toISOString();
    },
    now: () => now,
    deps,
    async call(fn, event, openid) {
      const result = await functions[fn](event, deps(openid));
      if (!result.ok) {
        throw new Error(`演示数据生成失败：${fn}.${String(event.action)} → ${result.error.code} ${result.error.message}`);
      }
      return result.data as never;
    },
  };
}
