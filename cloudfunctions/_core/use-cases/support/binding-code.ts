import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import { newBindingCode } from './ids';

/** A freshly issued code: `code` is shown once; only `salt` and `hash` are stored. */
export interface IssuedBindingCode { code: string; salt: string; hash: string }

/** Hex SHA-256 of `<salt>\n<code>` (the code upper-cased, as the schema delivers it). */
export function hashBindingCode(salt: string, code: string): string {
  return createHash('sha256').update(`${salt}\n${code}`).digest('hex');
}

/** A new random code with a new random per-person salt. */
export function issueBindingCode(): IssuedBindingCode {
  const code = newBindingCode();
  const salt = randomBytes(16).toString('hex');
  return { code, salt, hash: hashBindingCode(salt, code) };
}

/** True when `code` is the person's current code (constant-time compare; expiry is checked by the caller). */
export function bindingCodeMatches(person: Pick<PersonDoc, 'bindingCodeHash' | 'bindingCodeSalt'>, code: string): boolean {
  if (!person.bindingCodeHash || !person.bindingCodeSalt) return false;
  const given = Buffer.from(hashBindingCode(person.bindingCodeSalt, code), 'hex');
  const stored = Buffer.from(person.bindingCodeHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
