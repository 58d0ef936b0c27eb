/**
 * Checks shared by every document-store adapter, so that the local adapter
 * refuses exactly what CloudBase would store differently (or not at all).
 */
import { DocumentStoreError, type FieldCondition, type Filter, type FindOptions, type Scalar } from '../ports/document-store';

const COLLECTION = /^[A-Za-z_][A-Za-z0-9_]*$/;
const FIELD = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const RANGE_KEYS = new Set(['gte', 'gt', 'lte', 'lt', 'neq']);

/** Throws INVALID_NAME unless `name` is a safe collection name. */
export function assertCollectionName(name: string): void {
  if (!COLLECTION.test(name) || name.toLowerCase().startsWith('sqlite_')) {
    throw new DocumentStoreError('INVALID_NAME', `invalid collection name: ${JSON.stringify(name)}`);
  }
}

/** Throws INVALID_NAME unless `field` is a safe (optionally dotted) field path. */
export function assertFieldName(field: string): void {
  if (!FIELD.test(field) || field.split('.').some((part) => part === '' || /^[0-9]/.test(part))) {
    throw new DocumentStoreError('INVALID_NAME', `invalid field name: ${JSON.stringify(field)}`);
  }
}

/** Throws INVALID_NAME unless `id` is a non-empty string without control characters. */
export function assertDocId(id: unknown): asserts id is string {
  if (typeof id !== 'string' || id.length === 0 || id.length > 128 || /[\u0000-\u001f]/.test(id)) {
    throw new DocumentStoreError('INVALID_NAME', `invalid document id: ${JSON.stringify(id)}`);
  }
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Throws INVALID_DOCUMENT unless `value` survives a JSON round trip unchanged
 * (apart from dropped `undefined` fields). Dates must be ISO strings.
 */
export function assertPlainJson(value: unknown, path = '$'): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return;
    throw new DocumentStoreError('INVALID_DOCUMENT', `${path}: number must be finite`);
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      if (item === undefined) throw new DocumentStoreError('INVALID_DOCUMENT', `${path}[${i}]: undefined in array`);
      assertPlainJson(item, `${path}[${i}]`);
    });
    return;
  }
  if (typeof value === 'object' && isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) assertPlainJson(item, `${path}.${key}`);
    }
    return;
  }
  throw new DocumentStoreError('INVALID_DOCUMENT', `${path}: not plain JSON (${Object.prototype.toString.call(value)})`);
}

/** A validated field condition: one normalized operator with its operand. */
export type Condition =
  | { op: 'eq' | 'neq'; value: Scalar }
  | { op: 'in'; values: Scalar[] }
  | { op: 'gte' | 'gt' | 'lte' | 'lt'; value: string | number };

function isScalar(value: unknown): value is Scalar {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function conditionsFor(field: string, cond: FieldCondition): Condition[] {
  const bad = (why: string) => new DocumentStoreError('INVALID_FILTER', `filter on ${field}: ${why}`);
  if (isScalar(cond)) return [{ op: 'eq', value: cond }];
  if ('in' in cond) {
    if (Object.keys(cond).length !== 1 || !Array.isArray(cond.in) || !cond.in.every(isScalar)) throw bad('`in` takes an array of scalars');
    return [{ op: 'in', values: cond.in }];
  }
  const entries = Object.entries(cond).filter(([, v]) => v !== undefined);
  if (entries.length === 0) throw bad('empty operator object');
  return entries.map(([op, value]): Condition => {
    if (!RANGE_KEYS.has(op)) throw bad(`unknown operator ${op}`);
    if (op === 'neq') {
      if (!isScalar(value)) throw bad('`neq` takes a scalar');
      return { op, value };
    }
    if (typeof value !== 'string' && typeof value !== 'number') throw bad(`\`${op}\` takes a string or a number`);
    return { op: op as 'gte' | 'gt' | 'lte' | 'lt', value };
  });
}

/** Validates a filter and flattens it into `[field, condition]` pairs (ANDed). */
export function normalizeFilter(filter: Filter): [string, Condition][] {
  if (filter === null || typeof filter !== 'object' || Array.isArray(filter)) {
    throw new DocumentStoreError('INVALID_FILTER', 'filter must be an object');
  }
  const out: [string, Condition][] = [];
  for (const [field, cond] of Object.entries(filter)) {
    assertFieldName(field);
    if (cond === undefined) throw new DocumentStoreError('INVALID_FILTER', `filter on ${field}: undefined`);
    for (const c of conditionsFor(field, cond)) out.push([field, c]);
  }
  return out;
}

/** Validates find options; returns orderBy with the `_id` tie-breaker appended. */
export function normalizeFindOptions(options: FindOptions = {}): { orderBy: { field: string; direction: 'asc' | 'desc' }[]; skip: number; limit: number | undefined } {
  const orderBy = [...(options.orderBy ?? [])];
  for (const o of orderBy) {
    assertFieldName(o.field);
    if (o.direction !== 'asc' && o.direction !== 'desc') throw new DocumentStoreError('INVALID_FILTER', `bad direction for ${o.field}`);
  }
  if (!orderBy.some((o) => o.field === '_id')) orderBy.push({ field: '_id', direction: 'asc' });
  const skip = options.skip ?? 0;
  const limit = options.limit;
  if (!Number.isInteger(skip) || skip < 0) throw new DocumentStoreError('INVALID_FILTER', 'skip must be a non-negative integer');
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) throw new DocumentStoreError('INVALID_FILTER', 'limit must be a non-negative integer');
  return { orderBy, skip, limit };
}
