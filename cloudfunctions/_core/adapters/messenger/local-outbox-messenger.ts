import type { Messenger } from '../../ports/messenger';

/**
 * The local messenger: the outbox document the send use-case wrote IS the
 * delivered message (`npm start` and the tests read `outbox`). Template ids are
 * fixed stand-ins (`local-<kind>`), so the H5 client can give consent the same
 * way the mini-program does after `requestSubscribeMessage`.
 */
export const localOutboxMessenger: Messenger = {
  channel: 'local-outbox',
  templateId: (kind) => `local-${kind}`,
  deliver: async () => ({ delivered: true }),
};
