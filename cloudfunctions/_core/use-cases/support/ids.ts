import { createHash, randomInt, randomUUID } from 'node:crypto';
import { bindingCodeAlphabet } from '../../../../shared/schemas/domain/person';
import type { Deps } from '../../deps';

/** A fresh random id (audit entries, uploads, people). */
export function newId(deps: Deps): string {
  return deps.ids ? deps.ids() : randomUUID();
}

/** Hex SHA-256 of the parts joined by a newline (newlines cannot occur in ids). */
export function digest(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('hex');
}

/** Hex SHA-256 of raw bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The record id for a teacher's submission with `requestId`. Deterministic, so
 * a retried submit finds its first result by id inside the transaction, and two
 * racing retries write the same document instead of two.
 */
export function recordIdFor(teacherId: string, requestId: string): string {
  return `r_${digest('record', teacherId, requestId).slice(0, 32)}`;
}

/** A random 8-character binding code from the unambiguous alphabet. */
export function newBindingCode(): string {
  let code = '';
  for (let i = 0; i < 8; i += 1) code += bindingCodeAlphabet[randomInt(bindingCodeAlphabet.length)];
  return code;
}
