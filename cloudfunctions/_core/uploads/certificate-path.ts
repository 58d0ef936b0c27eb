/**
 * Where a certificate is stored: chosen by the server, never by the client.
 * `certificates/<countyId>/<teacherId>/<yyyy>/<id>.<ext>`.
 */
import { createHash, randomUUID } from 'node:crypto';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { CERTIFICATE_KINDS, type CertificateKind } from './file-kind';

dayjs.extend(utc);

/** Folders are named by the Beijing-time year, whatever the server's time zone. */
const CHINA_OFFSET_MINUTES = 8 * 60;
const SAFE_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_-]{0,63}$/;

/**
 * A path segment for an id: the id itself when it is plain ASCII, otherwise a
 * stable hash of it (ids may be Chinese or contain `/`; paths must not).
 */
export function pathSegment(id: string): string {
  if (SAFE_SEGMENT.test(id)) return id;
  return `h${createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 24)}`;
}

/** Inputs for {@link certificatePath}. */
export interface CertificatePathInput {
  countyId: string;
  teacherId: string;
  kind: CertificateKind;
  /** The upload instant (ISO-8601); its Beijing-time year names the folder. */
  at: string;
  /** File name stem; pass a stable id to make retries rewrite the same file. Default: a random UUID. */
  id?: string;
}

/** The storage path for one certificate. */
export function certificatePath(input: CertificatePathInput): string {
  const when = dayjs.utc(input.at);
  if (!when.isValid()) throw new Error(`invalid upload time: ${input.at}`);
  const year = when.utcOffset(CHINA_OFFSET_MINUTES).format('YYYY');
  const stem = pathSegment(input.id ?? randomUUID());
  return ['certificates', pathSegment(input.countyId), pathSegment(input.teacherId), year, `${stem}.${CERTIFICATE_KINDS[input.kind].ext}`].join('/');
}
