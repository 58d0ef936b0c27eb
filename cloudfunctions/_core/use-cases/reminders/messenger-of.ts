import { localOutboxMessenger } from '../../adapters/messenger/local-outbox-messenger';
import type { Deps } from '../../deps';
import type { Messenger } from '../../ports/messenger';

/** The messenger the deps name, else the local outbox (CloudBase entries always name theirs). */
export function messengerOf(deps: Deps): Messenger {
  return deps.messenger ?? localOutboxMessenger;
}
