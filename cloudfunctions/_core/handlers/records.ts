import { recordsEvent } from '../../../shared/schemas/api/records';
import { resolveCaller } from '../auth/resolve-caller';
import { previewProgress } from '../use-cases/progress/my-progress';
import { getRecord } from '../use-cases/records/get-record';
import { listRecords } from '../use-cases/records/list-records';
import { resubmitRecord } from '../use-cases/records/resubmit-record';
import { readCertificate } from '../use-cases/reader/read-certificate';
import { registerUpload } from '../use-cases/records/stage-upload';
import { submitRecord } from '../use-cases/records/submit-record';
import { withdrawRecord } from '../use-cases/records/withdraw-record';
import { defineFunction } from './define-function';

/** records: submit, list, get, resubmit, withdraw, preview, upload-certificate, read-certificate. */
export const recordsFunction = defineFunction('records', recordsEvent, {
  submit: async (e, deps) => submitRecord(deps, await resolveCaller(deps), e),
  list: async (e, deps) => listRecords(deps, await resolveCaller(deps), e),
  get: async (e, deps) => getRecord(deps, await resolveCaller(deps), e.recordId),
  resubmit: async (e, deps) => resubmitRecord(deps, await resolveCaller(deps), e),
  withdraw: async (e, deps) => withdrawRecord(deps, await resolveCaller(deps), e),
  preview: async (e, deps) => previewProgress(deps, await resolveCaller(deps), e),
  'upload-certificate': async (e, deps) => registerUpload(deps, await resolveCaller(deps), e.fileId),
  'read-certificate': async (e, deps) => readCertificate(deps, await resolveCaller(deps), e.uploadId),
});
