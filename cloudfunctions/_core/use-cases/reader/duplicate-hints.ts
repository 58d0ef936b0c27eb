import { dHashDistance } from '../../../../shared/certificate/dhash-distance';
import type { DuplicateHints } from '../../../../shared/schemas/certificate-reading';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { Deps } from '../../deps';
import { certificateKeyOf } from '../support/record-rules';
import { certificateQueries as q } from './certificate-queries';

/** A difference hash within this many bits of another record's photo is a hint (re-saves land within 4). */
export const similarWithin = 6;

/** What to look for and from whose point of view. */
export interface DuplicateProbe {
  sha256: string;
  dhash: string | null;
  certificateNo: string | undefined;
  countyId: string;
  teacherId: string;
  /** The record being looked at (its own photos are not duplicates of itself). */
  recordId: string | null;
  /** Reviewers see whose records; the teacher is only told that one exists. */
  forReviewer: boolean;
}

const live = (r: RecordDoc | null): r is RecordDoc => Boolean(r && r.status !== 'withdrawn');

/**
 * Duplicate hints: (1) the same image bytes on another non-withdrawn record in
 * the county, any teacher; (2) the read certificate number already on one of
 * the teacher's non-withdrawn records (the submit's DUPLICATE rule will hold
 * it); (3) a photo that looks alike (dHash) — reviewers only.
 */
export async function duplicateHints(deps: Deps, probe: DuplicateProbe): Promise<DuplicateHints> {
  const names = new Map<string, string>();
  const nameOf = async (teacherId: string) => {
    if (!probe.forReviewer) return undefined;
    if (!names.has(teacherId)) names.set(teacherId, (await q.person(deps.store, teacherId))?.name ?? '');
    return names.get(teacherId) || undefined;
  };
  const exactImage: DuplicateHints['exactImage'] = [];
  const seen = new Set<string>();
  for (const upload of await q.claimedUploadsWithSha256(deps.store, probe.sha256)) {
    const id = upload.claimedBy;
    if (!id || id === probe.recordId || seen.has(id)) continue;
    seen.add(id);
    const record = await q.record(deps.store, id);
    if (!live(record) || record.countyId !== probe.countyId) continue;
    const teacherName = await nameOf(record.teacherId);
    exactImage.push({
      recordId: record._id, sameTeacher: record.teacherId === probe.teacherId, status: record.status,
      ...(teacherName ? { teacherName } : {}), ...(probe.forReviewer || record.teacherId === probe.teacherId ? { title: record.input.title } : {}),
    });
  }
  const key = certificateKeyOf(probe.certificateNo);
  const sameCertificateNo = key
    ? (await q.recordsWithCertificateKey(deps.store, probe.teacherId, key)).filter((r) => live(r) && r._id !== probe.recordId)
      .map((r) => ({ recordId: r._id, status: r.status, title: r.input.title }))
    : [];
  const similarImage: DuplicateHints['similarImage'] = [];
  if (probe.forReviewer && probe.dhash) {
    for (const upload of await q.readClaimedUploadsInCounty(deps.store, probe.countyId)) {
      const id = upload.claimedBy;
      if (!id || !upload.reading || id === probe.recordId || seen.has(id) || upload.sha256 === probe.sha256) continue;
      const distance = dHashDistance(probe.dhash, upload.reading.dhash);
      if (distance > similarWithin) continue;
      const record = await q.record(deps.store, id);
      if (!live(record)) continue;
      seen.add(id);
      const teacherName = await nameOf(record.teacherId);
      similarImage.push({ recordId: id, distance, ...(teacherName ? { teacherName } : {}) });
    }
  }
  return { exactImage, sameCertificateNo, similarImage };
}
