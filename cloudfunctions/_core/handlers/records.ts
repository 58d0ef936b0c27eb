import { recordsEvent } from '../../../shared/schemas/api/records';
import { defineFunction, notImplemented } from './define-function';

/** records: submit, list, get, resubmit, withdraw, preview, upload-certificate. */
export const recordsFunction = defineFunction('records', recordsEvent, {
  submit: notImplemented,
  list: notImplemented,
  get: notImplemented,
  resubmit: notImplemented,
  withdraw: notImplemented,
  preview: notImplemented,
  'upload-certificate': notImplemented,
});
