import { collections } from '../../../../shared/schemas/domain/collections';
import type { UploadQuotaDoc } from '../../../../shared/schemas/domain/upload-quota';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';
import { digest } from './ids';
import { addMinutes, chinaClock, minutesUntil } from './time';

/** How much one person may stage per hour (a record takes at most 5 files). */
export interface StagingQuota { maxUploads: number; maxBytes: number; windowMinutes: number }

/** 30 files and 60 MB per hour: a year's certificates in one sitting, not a flood. */
export const defaultStagingQuota: StagingQuota = { maxUploads: 30, maxBytes: 60 * 1024 * 1024, windowMinutes: 60 };

const quotaId = (openid: string): string => `q_${digest('upload-quota', openid).slice(0, 32)}`;

function refusal(doc: UploadQuotaDoc, quota: StagingQuota, now: string): AppError {
  const oldest = doc.entries[0]?.at ?? now;
  const until = addMinutes(oldest, quota.windowMinutes);
  return new AppError('QUOTA_EXCEEDED',
    `一小时内上传的证书太多了（最多 ${quota.maxUploads} 个、共 ${Math.round(quota.maxBytes / 1024 / 1024)} MB）。` +
    `请 ${minutesUntil(now, until)} 分钟后再试（北京时间 ${chinaClock(until)} 以后）`);
}

const recent = (doc: UploadQuotaDoc | null, quota: StagingQuota, now: string): UploadQuotaDoc['entries'] =>
  (doc?.entries ?? []).filter((e) => addMinutes(e.at, quota.windowMinutes) > now);

function fits(entries: UploadQuotaDoc['entries'], bytes: number, quota: StagingQuota): boolean {
  const used = entries.reduce((sum, e) => sum + e.bytes, 0);
  return entries.length + 1 <= quota.maxUploads && used + bytes <= quota.maxBytes;
}

/**
 * Read-only: would an upload of `bytes` fit now? Lets the local server refuse
 * before reading a request body (Content-Length); the real count is
 * {@link reserveStagingQuota}.
 */
export async function stagingQuotaAllows(deps: Deps, openid: string, bytes: number, now: string, quota = defaultStagingQuota): Promise<AppError | null> {
  const doc = await deps.store.get<UploadQuotaDoc>(collections.uploadQuotas, quotaId(openid));
  const entries = recent(doc, quota, now);
  return fits(entries, bytes, quota) ? null : refusal({ _id: quotaId(openid), entries, updatedAt: now }, quota, now);
}

/**
 * Counts one upload of `bytes` (as received) against the caller's sliding
 * hour, in one transaction, BEFORE the file is inspected: bad files cost the
 * same as good ones. Over the quota → QUOTA_EXCEEDED and nothing written.
 */
export function reserveStagingQuota(deps: Deps, openid: string, bytes: number, now: string, quota = defaultStagingQuota): Promise<void> {
  const id = quotaId(openid);
  return deps.store.transaction(async (tx) => {
    const doc = await tx.get<UploadQuotaDoc>(collections.uploadQuotas, id);
    const entries = recent(doc, quota, now);
    if (!fits(entries, bytes, quota)) throw refusal({ _id: id, entries, updatedAt: now }, quota, now);
    const next: UploadQuotaDoc = { _id: id, entries: [...entries, { at: now, bytes }], updatedAt: now };
    await tx.set(collections.uploadQuotas, next);
  });
}
