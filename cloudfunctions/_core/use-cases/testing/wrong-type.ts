/**
 * A value of another JSON type than `v`, for bad-input tables: the use-case
 * table (handlers/bad-input.test.ts) and the HTTP one (test/backend/http) share it.
 */
export function wrongType(v: unknown): unknown {
  if (typeof v === 'string') return 12345;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return 'yes';
  if (Array.isArray(v)) return 'not-a-list';
  return ['not-an-object'];
}
