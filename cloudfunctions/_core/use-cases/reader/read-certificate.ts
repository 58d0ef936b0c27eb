import { extractFields } from '../../../../shared/certificate/extract-fields';
import type { ReadCertificateData } from '../../../../shared/schemas/api/records';
import type { StoredReading } from '../../../../shared/schemas/certificate-reading';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { UploadDoc } from '../../../../shared/schemas/domain/upload';
import type { ErrorCode } from '../../../../shared/schemas/api/envelope';
import type { Caller } from '../../auth/resolve-caller';
import type { Deps } from '../../deps';
import { ReaderError, type ReaderErrorCode } from '../../ports/certificate-reader';
import { AppError } from '../app-error';
import { duplicateHints } from './duplicate-hints';

/** Longest a reading may take before the teacher is told to type: READER_TIMEOUT_MS, default 15 s. */
export function readTimeoutMs(): number {
  const configured = Number(process.env.READER_TIMEOUT_MS);
  return Number.isFinite(configured) && configured > 0 ? configured : 15_000;
}

const codes: Record<ReaderErrorCode, ErrorCode> = {
  BAD_IMAGE: 'UNREADABLE_IMAGE', TOO_DARK: 'TOO_DARK', NOT_A_CERTIFICATE: 'NOT_A_CERTIFICATE',
  READ_TIMEOUT: 'READ_TIMEOUT', READER_UNAVAILABLE: 'READER_UNAVAILABLE',
};
/** Words any certificate has; a photo with text but none of them is not a certificate. */
const certificateWords = /证书|证明|培训|研修|学时|课时|学分|结业|合格|编号|登记/;

async function readNew(deps: Deps, caller: Caller, upload: UploadDoc): Promise<StoredReading> {
  if (upload.contentType === 'application/pdf') throw new AppError('UNREADABLE_IMAGE', 'PDF 证书暂不能自动识别，请直接填写');
  if (!deps.reader) throw new AppError('READER_UNAVAILABLE', '自动识别暂不可用，请直接填写');
  const bytes = await deps.files.get(upload.fileId);
  if (!bytes) throw new AppError('NOT_FOUND', '证书文件不存在或已过期，请重新上传');
  let image;
  try {
    image = await deps.reader.read({ bytes, fileId: upload.fileId }, { timeoutMs: readTimeoutMs() });
  } catch (err) {
    if (err instanceof ReaderError) throw new AppError(codes[err.code], err.message);
    throw err;
  }
  const { fields, warnings } = extractFields(image.lines, { expectedName: caller.person.name });
  const text = image.lines.map((l) => l.text).join('');
  if (!certificateWords.test(text) && Object.keys(fields).length < 3) {
    throw new AppError('NOT_A_CERTIFICATE', '这张照片里没有找到证书内容，请拍清楚整张证书，或直接填写');
  }
  return {
    engine: deps.reader.engine, readAt: deps.clock(), ms: Math.round(image.ms),
    lines: image.lines.slice(0, 120), fields, warnings, dhash: image.dhash,
  };
}

/**
 * records.read-certificate: reads the caller's staged certificate photo and
 * answers the fields with confidences, the raw lines and duplicate hints. The
 * reading is stored on the upload (the reviewer sees it with the record); a
 * second call answers the stored reading without reading again. Only the
 * upload's owner may read it; anyone else gets NOT_FOUND (as for claiming).
 */
export async function readCertificate(deps: Deps, caller: Caller, uploadId: string): Promise<ReadCertificateData> {
  const upload = await deps.store.get<UploadDoc>(collections.uploads, uploadId);
  if (!upload || upload.openid !== caller.openid) throw new AppError('NOT_FOUND', '证书文件不存在或已过期，请重新上传');
  const cached = Boolean(upload.reading);
  const reading = upload.reading ?? await readNew(deps, caller, upload);
  if (!cached) await deps.store.update(collections.uploads, uploadId, { reading, countyId: caller.person.countyId });
  const duplicates = await duplicateHints(deps, {
    sha256: upload.sha256, dhash: reading.dhash, certificateNo: reading.fields.certificateNo?.value,
    countyId: caller.person.countyId, teacherId: caller.person._id, recordId: upload.claimedBy, forReviewer: false,
  });
  return { uploadId, fields: reading.fields, warnings: reading.warnings, lines: reading.lines, duplicates, ms: reading.ms, cached };
}
