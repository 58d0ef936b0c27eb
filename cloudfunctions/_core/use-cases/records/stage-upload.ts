import { collections } from '../../../../shared/schemas/domain/collections';
import type { UploadDoc } from '../../../../shared/schemas/domain/upload';
import type { Caller } from '../../auth/resolve-caller';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';
import { checkCertificateBytes } from '../support/certificate-check';
import { digest, newId, sha256Hex } from '../support/ids';

/** What a staged upload answers. */
export interface StagedUpload { uploadId: string; contentType: string; size: number }

/** Files the client put into storage itself must sit under this folder (CloudBase: `cloud://<env>/staging/…`). */
const STAGING = /^(cloud:\/\/[^/]+\/)?staging\/[A-Za-z0-9_][A-Za-z0-9_.-]{7,200}$/;

/**
 * Local server (`POST /local/upload`): the bytes arrive in the request. Checks
 * them (magic bytes, size), stores them at a server-chosen staging path and
 * records the upload as the caller's.
 */
export async function stageUpload(deps: Deps, caller: Caller, bytes: Buffer): Promise<StagedUpload> {
  const { contentType, ext } = checkCertificateBytes(bytes);
  const uploadId = `u_${digest('upload', newId(deps), caller.openid).slice(0, 32)}`;
  const stored = await deps.files.put(`staging/${uploadId}.${ext}`, bytes, contentType);
  const doc: UploadDoc = {
    _id: uploadId, openid: caller.openid, fileId: stored.fileId, contentType, size: stored.size, sha256: stored.sha256,
    createdAt: deps.clock(), claimedBy: null, claimedAt: null,
  };
  await deps.store.set(collections.uploads, doc);
  return { uploadId, contentType, size: stored.size };
}

/**
 * records.upload-certificate (CloudBase): the mini-program uploaded the file
 * itself (`Taro.cloud.uploadFile` to `staging/<random name>`) and names its
 * fileID. The random name is the capability; the upload id is derived from the
 * fileID, so a file can be registered once, by the first caller. Its bytes are
 * checked here and again when a record claims it.
 */
export async function registerUpload(deps: Deps, caller: Caller, fileId: string): Promise<StagedUpload> {
  if (!STAGING.test(fileId)) throw new AppError('INVALID_INPUT', '证书文件位置不正确，请重新上传');
  const uploadId = `u_${digest('staged', fileId).slice(0, 32)}`;
  const existing = await deps.store.get<UploadDoc>(collections.uploads, uploadId);
  if (existing) {
    if (existing.openid !== caller.openid) throw new AppError('CONFLICT', '该文件已被登记，请重新上传');
    return { uploadId, contentType: existing.contentType, size: existing.size };
  }
  const bytes = await deps.files.get(fileId);
  if (!bytes) throw new AppError('NOT_FOUND', '没有找到上传的文件，请重新上传');
  const { contentType } = checkCertificateBytes(bytes);
  const doc: UploadDoc = {
    _id: uploadId, openid: caller.openid, fileId, contentType, size: bytes.length, sha256: sha256Hex(bytes),
    createdAt: deps.clock(), claimedBy: null, claimedAt: null,
  };
  await deps.store.transaction(async (tx) => {
    if (await tx.get(collections.uploads, uploadId)) throw new AppError('CONFLICT', '该文件已被登记，请重新上传');
    await tx.set(collections.uploads, doc);
  });
  return { uploadId, contentType, size: bytes.length };
}
