import { rosterEvent } from '../../../shared/schemas/api/roster';
import { defineFunction, notImplemented } from './define-function';

/** roster: import, list, set-role, invite. */
export const rosterFunction = defineFunction('roster', rosterEvent, {
  import: notImplemented,
  list: notImplemented,
  'set-role': notImplemented,
  invite: notImplemented,
});
