import { collections } from '../../../../shared/schemas/domain/collections';
import type { UploadDoc } from '../../../../shared/schemas/domain/upload';
import type { Caller } from '../../auth/resolve-caller';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';
import { checkCertificateBytes } from '../support/certificate-check';
import { digest, newId } from '../support/ids';
import { inspectUpload, type InspectedUpload } from '../support/inspect-upload';
import { reserveStagingQuota } from '../support/staging-quota';
import { uploadsHoldingFile } from '../support/upload-queries';

/** What a staged upload answers. */
export interface StagedUpload { uploadId: string; contentType: string; size: number; sha256: string }

/** Files the client put into storage itself must sit under this folder (CloudBase: `cloud://<env>/staging/…`). */
const STAGING = /^(cloud:\/\/[^/]+\/)?staging\/[A-Za-z0-9_][A-Za-z0-9_.-]{7,200}$/;

/** The upload id of a client-uploaded file: one per file, so a file can be registered once, by one person. */
export const uploadIdForSource = (fileId: string): string => `u_${digest('staged', fileId).slice(0, 32)}`;

/** Where the server keeps the stored copy of a staged upload (never client-writable, never client-named). */
const inboxPath = (uploadId: string, ext: string): string => `inbox/${uploadId}.${ext}`;

function uploadDoc(uploadId: string, caller: Caller, fileId: string, sha256: string, file: InspectedUpload, now: string): UploadDoc {
  return {
    _id: uploadId, openid: caller.openid, fileId, contentType: file.contentType, size: file.bytes.length, sha256,
    createdAt: now, claimedBy: null, claimedAt: null, receivedSize: file.receivedSize, inspectedAt: now,
    ...(file.width ? { width: file.width, height: file.height } : {}),
    ...(file.pages ? { pages: file.pages } : {}),
  };
}

const answer = (doc: UploadDoc): StagedUpload => ({ uploadId: doc._id, contentType: doc.contentType, size: doc.size, sha256: doc.sha256 });

/**
 * Local server (`POST /local/upload`): the bytes arrive in the request. Counts
 * them against the caller's staging quota, inspects them (photos decoded and
 * re-encoded to JPEG, PDFs checked structurally), stores the result at a
 * server-chosen path and records the upload as the caller's.
 */
export async function stageUpload(deps: Deps, caller: Caller, bytes: Buffer): Promise<StagedUpload> {
  const now = deps.clock();
  checkCertificateBytes(bytes); // size and magic bytes: free to refuse, not counted
  await reserveStagingQuota(deps, caller.openid, bytes.length, now);
  const file = await inspectUpload(deps, bytes);
  const uploadId = `u_${digest('upload', newId(deps), caller.openid).slice(0, 32)}`;
  const stored = await deps.files.put(inboxPath(uploadId, file.ext), file.bytes, file.contentType);
  const doc = uploadDoc(uploadId, caller, stored.fileId, stored.sha256, file, now);
  await deps.store.set(collections.uploads, doc);
  return answer(doc);
}

/** An id this store can never hold throws UnsafeFilePathError, which defineFunction answers as INVALID_INPUT. */
async function readSource(deps: Deps, fileId: string): Promise<Buffer> {
  const bytes = await deps.files.get(fileId);
  if (bytes) return bytes;
  throw new AppError('NOT_FOUND', '没有找到上传的文件，请重新上传');
}

/**
 * records.upload-certificate (CloudBase): the mini-program uploaded the file
 * itself (`Taro.cloud.uploadFile` to `staging/<random name>`) and names its
 * fileID. The first person to register a file owns it; anyone else, now or
 * later, is refused. The bytes get the same inspection as a local upload; the
 * stored copy goes to `inbox/` and the client's file is removed.
 */
export async function registerUpload(deps: Deps, caller: Caller, fileId: string): Promise<StagedUpload> {
  if (!STAGING.test(fileId)) throw new AppError('INVALID_INPUT', '证书文件位置不正确，请重新上传');
  const uploadId = uploadIdForSource(fileId);
  const holders = await uploadsHoldingFile(deps, fileId);
  const existing = holders.find((u) => u._id === uploadId) ?? holders[0];
  if (existing) {
    if (existing.openid !== caller.openid || holders.some((u) => u.openid !== caller.openid)) {
      throw new AppError('CONFLICT', '该文件已被登记，请重新上传');
    }
    return answer(existing);
  }
  const source = await readSource(deps, fileId);
  const now = deps.clock();
  checkCertificateBytes(source);
  await reserveStagingQuota(deps, caller.openid, source.length, now);
  const file = await inspectUpload(deps, source);
  const stored = await deps.files.put(inboxPath(uploadId, file.ext), file.bytes, file.contentType);
  const doc: UploadDoc = { ...uploadDoc(uploadId, caller, stored.fileId, stored.sha256, file, now), sourceFileId: fileId };
  await deps.store.transaction(async (tx) => {
    const raced = await tx.get<UploadDoc>(collections.uploads, uploadId);
    if (raced && raced.openid !== caller.openid) throw new AppError('CONFLICT', '该文件已被登记，请重新上传');
    if (!raced) await tx.set(collections.uploads, doc);
  });
  try {
    await deps.files.remove(fileId); // the client's original: metadata, trailing data and all
  } catch (err) {
    (deps.log ?? console.error)('could not remove the client upload', { fileId, err });
  }
  return answer(doc);
}
