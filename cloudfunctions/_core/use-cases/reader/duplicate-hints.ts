import { dHashDistance } from '../../../../shared/certificate/dhash-distance';
import type { DuplicateHints } from '../../../../shared/schemas/certificate-reading';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { UploadDoc } from '../../../../shared/schemas/domain/upload';
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

/** What a caller checking several photos of one record loads once and shares. */
export interface DuplicateOptions {
  /**
   * The county's read, claimed uploads (`readClaimedUploadsInCounty`, a scan of
   * every upload of the county): pass them when probing several photos so the
   * scan runs once per record, not once per photo. Read here when absent.
   */
  similarCandidates?: readonly UploadDoc[];
  /** False skips the certificate-number query (review.detail never shows it); that list is then empty. */
  sameCertificateNo?: boolean;
}

const live = (r: RecordDoc | undefined): r is RecordDoc => Boolean(r && r.status !== 'withdrawn');

/** Ids of the records that claimed these uploads, first occurrence first, without `except`. */
function claimers(uploads: readonly UploadDoc[], except: string | null): string[] {
  const ids = uploads.map((u) => u.claimedBy).filter((id): id is string => Boolean(id) && id !== except);
  return [...new Set(ids)];
}

/** The first upload per other record whose photo looks alike (not the same bytes, not an exact hit). */
function nearOnes(candidates: readonly UploadDoc[], probe: DuplicateProbe, dhash: string, exact: ReadonlySet<string>) {
  const out = new Map<string, number>();
  for (const upload of candidates) {
    const id = upload.claimedBy;
    if (!id || !upload.reading || id === probe.recordId || exact.has(id) || out.has(id) || upload.sha256 === probe.sha256) continue;
    const distance = dHashDistance(dhash, upload.reading.dhash);
    if (distance <= similarWithin) out.set(id, distance);
  }
  return out;
}

/**
 * Duplicate hints: (1) the same image bytes on another non-withdrawn record in
 * the county, any teacher; (2) the read certificate number already on one of
 * the teacher's non-withdrawn records (the submit's DUPLICATE rule will hold
 * it); (3) a photo that looks alike (dHash) — reviewers only. The hit records
 * and their teachers are read in one query each, however many hits there are.
 */
export async function duplicateHints(deps: Deps, probe: DuplicateProbe, options: DuplicateOptions = {}): Promise<DuplicateHints> {
  const exactIds = claimers(await q.claimedUploadsWithSha256(deps.store, probe.sha256), probe.recordId);
  const near = probe.forReviewer && probe.dhash
    ? nearOnes(options.similarCandidates ?? await q.readClaimedUploadsInCounty(deps.store, probe.countyId), probe, probe.dhash, new Set(exactIds))
    : new Map<string, number>();
  const records = await q.records(deps.store, [...exactIds, ...near.keys()]);
  const people = probe.forReviewer ? await q.people(deps.store, [...records.values()].map((r) => r.teacherId)) : new Map<string, PersonDoc>();
  const teacherName = (r: RecordDoc) => {
    const name = people.get(r.teacherId)?.name;
    return name ? { teacherName: name } : {};
  };
  const exactImage: DuplicateHints['exactImage'] = exactIds.map((id) => records.get(id))
    .filter((r): r is RecordDoc => live(r) && r.countyId === probe.countyId)
    .map((r) => ({
      recordId: r._id, sameTeacher: r.teacherId === probe.teacherId, status: r.status,
      ...teacherName(r), ...(probe.forReviewer || r.teacherId === probe.teacherId ? { title: r.input.title } : {}),
    }));
  const similarImage: DuplicateHints['similarImage'] = [...near].flatMap(([id, distance]) => {
    const r = records.get(id);
    return live(r) ? [{ recordId: id, distance, ...teacherName(r) }] : [];
  });
  const key = options.sameCertificateNo === false ? null : certificateKeyOf(probe.certificateNo);
  const sameCertificateNo = key
    ? (await q.recordsWithCertificateKey(deps.store, probe.teacherId, key)).filter((r) => live(r) && r._id !== probe.recordId)
      .map((r) => ({ recordId: r._id, status: r.status, title: r.input.title }))
    : [];
  return { exactImage, sameCertificateNo, similarImage };
}
