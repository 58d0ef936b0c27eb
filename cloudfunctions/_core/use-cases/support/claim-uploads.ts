import { collections } from '../../../../shared/schemas/domain/collections';
import type { CertificateFile, RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { UploadDoc } from '../../../../shared/schemas/domain/upload';
import type { Deps } from '../../deps';
import type { DocumentTransaction } from '../../ports/document-store';
import { AppError } from '../app-error';
import { certificatePath } from '../../uploads/certificate-path';
import { detectCertificateKind, type CertificateKind } from '../../uploads/file-kind';
import { digest, sha256Hex } from './ids';
import { inspectUpload } from './inspect-upload';

/** Whose uploads are claimed, and where the copies go. */
export interface UploadOwner { openid: string; countyId: string; teacherId: string }

/** A staged upload copied to its final place, ready to be attached inside the transaction. */
export interface PreparedUpload { uploadId: string; stagedFileId: string; file: CertificateFile }

const GONE = '证书文件不存在或已过期，请重新上传';

/**
 * The bytes to attach for a staged upload. An inspected upload's stored copy
 * must still be exactly what the server wrote (same SHA-256, same kind); an
 * upload from before inspection existed is inspected now.
 */
async function verifiedBytes(deps: Deps, upload: UploadDoc, bytes: Buffer): Promise<{ bytes: Buffer; kind: CertificateKind; contentType: UploadDoc['contentType'] }> {
  if (!upload.inspectedAt) {
    const file = await inspectUpload(deps, bytes);
    return { bytes: file.bytes, kind: file.kind, contentType: file.contentType };
  }
  const kind = detectCertificateKind(bytes);
  if (sha256Hex(bytes) !== upload.sha256 || !kind) throw new AppError('NOT_FOUND', GONE);
  return { bytes, kind, contentType: upload.contentType };
}

/**
 * Outside the transaction: checks each upload belongs to the caller and is
 * unclaimed, checks its stored bytes are still the inspected ones, and copies
 * them to a server-chosen path under the record. Paths are deterministic, so
 * a retried submit rewrites the same files.
 */
export async function prepareUploads(deps: Deps, owner: UploadOwner, uploadIds: readonly string[], recordId: string, now: string): Promise<PreparedUpload[]> {
  if (new Set(uploadIds).size !== uploadIds.length) throw new AppError('INVALID_INPUT', '同一个证书文件不能重复添加');
  const out: PreparedUpload[] = [];
  for (const uploadId of uploadIds) {
    const upload = await deps.store.get<UploadDoc>(collections.uploads, uploadId);
    if (!upload || upload.openid !== owner.openid) throw new AppError('NOT_FOUND', GONE);
    if (upload.claimedBy && upload.claimedBy !== recordId) throw new AppError('CONFLICT', '该证书文件已用于其他记录，请重新上传');
    const raw = await deps.files.get(upload.fileId);
    if (!raw) throw new AppError('NOT_FOUND', GONE);
    const { bytes, kind, contentType } = await verifiedBytes(deps, upload, raw);
    // Stable name per (record, upload): a retried submit rewrites the same file.
    const id = digest('certificate', recordId, uploadId).slice(0, 32);
    const path = certificatePath({ countyId: owner.countyId, teacherId: owner.teacherId, kind, at: now, id });
    const stored = await deps.files.put(path, bytes, contentType);
    out.push({ uploadId, stagedFileId: upload.fileId, file: { fileId: stored.fileId, contentType, size: stored.size, sha256: stored.sha256, addedAt: now } });
  }
  return out;
}

/** Inside the transaction: re-checks ownership and marks each upload claimed by the record. */
export async function claimUploadsInTx(tx: DocumentTransaction, prepared: readonly PreparedUpload[], openid: string, recordId: string, now: string): Promise<void> {
  for (const p of prepared) {
    const upload = await tx.get<UploadDoc>(collections.uploads, p.uploadId);
    if (!upload || upload.openid !== openid) throw new AppError('NOT_FOUND', '证书文件不存在或已过期，请重新上传');
    if (upload.claimedBy && upload.claimedBy !== recordId) throw new AppError('CONFLICT', '该证书文件已用于其他记录，请重新上传');
    await tx.update(collections.uploads, p.uploadId, { claimedBy: recordId, claimedAt: now });
  }
}

/** Best-effort cleanup of copies whose transaction failed, and of staged bytes once claimed. */
export async function removeQuietly(deps: Deps, fileIds: readonly string[]): Promise<void> {
  for (const id of fileIds) {
    try {
      await deps.files.remove(id);
    } catch (err) {
      (deps.log ?? console.error)('could not remove file', { id, err });
    }
  }
}

/** After a committed claim: the staged copies are no longer needed. */
export function removeStaged(deps: Deps, prepared: readonly PreparedUpload[]): Promise<void> {
  return removeQuietly(deps, prepared.map((p) => p.stagedFileId).filter((id) => !prepared.some((p) => p.file.fileId === id)));
}

/**
 * After a failed write: removes the copies this call made, except those the
 * stored record references (a retry of an already committed change copies
 * the same files to the same paths and must not delete them).
 */
export async function cleanupCopies(deps: Deps, recordId: string, prepared: readonly PreparedUpload[]): Promise<void> {
  if (prepared.length === 0) return;
  const record = await deps.store.get<RecordDoc>(collections.records, recordId);
  const live = new Set(record?.certificates.map((c) => c.fileId) ?? []);
  await removeQuietly(deps, prepared.map((p) => p.file.fileId).filter((id) => !live.has(id)));
}
