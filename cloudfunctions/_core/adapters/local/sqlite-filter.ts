/**
 * Translates validated filters into SQL over the JSON `doc` column.
 *
 * Field names are written into the SQL text — only after `assertFieldName`
 * (letters, digits, `_`, `.`) — because an expression index is only used when the
 * query repeats the indexed expression literally (`json_extract(doc, '$.teacherId')`);
 * a bound path parameter would never match it. Values are ALWAYS bound parameters.
 */
import type { Filter, FindOptions, Scalar } from '../../ports/document-store';
import { normalizeFilter, normalizeFindOptions, type Condition } from '../doc-rules';

/** SQL text with its positional parameters. */
export interface SqlPart { sql: string; params: (string | number)[] }

/** The SQL expression that reads `field`, identical to the one used in indexes. */
export function fieldExpr(field: string): string {
  return field === '_id' ? '_id' : `json_extract(doc, '$.${field}')`;
}

/** JSON type of `field` ('integer', 'real', 'text', 'true', 'false', 'null', …; NULL when missing). */
function typeExpr(field: string): string {
  return field === '_id' ? `'text'` : `json_type(doc, '$.${field}')`;
}

function numberGuard(field: string): string {
  return `${typeExpr(field)} IN ('integer', 'real')`;
}

/**
 * Type-strict equality. SQLite reads JSON true/false as 1/0, so booleans and
 * numbers are told apart by `json_type`; strings never equal numbers in SQLite.
 */
function equals(field: string, value: Scalar): SqlPart {
  const expr = fieldExpr(field);
  if (value === null) return { sql: `${expr} IS NULL`, params: [] };
  if (typeof value === 'boolean') return { sql: `${typeExpr(field)} = '${value ? 'true' : 'false'}'`, params: [] };
  if (typeof value === 'number') return { sql: `(${expr} = ? AND ${numberGuard(field)})`, params: [value] };
  return { sql: `${expr} = ?`, params: [value] };
}

function inList(field: string, values: Scalar[]): SqlPart {
  const strings = values.filter((v): v is string => typeof v === 'string');
  const numbers = values.filter((v): v is number => typeof v === 'number');
  const others = values.filter((v) => typeof v !== 'string' && typeof v !== 'number');
  const parts: SqlPart[] = others.map((v) => equals(field, v));
  const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');
  if (strings.length > 0) parts.push({ sql: `${fieldExpr(field)} IN (${marks(strings.length)})`, params: strings });
  if (numbers.length > 0) {
    parts.push({ sql: `(${fieldExpr(field)} IN (${marks(numbers.length)}) AND ${numberGuard(field)})`, params: numbers });
  }
  if (parts.length === 0) return { sql: '0', params: [] };
  return { sql: `(${parts.map((p) => p.sql).join(' OR ')})`, params: parts.flatMap((p) => p.params) };
}

const RANGE_SQL = { gte: '>=', gt: '>', lte: '<=', lt: '<' } as const;

function conditionSql(field: string, c: Condition): SqlPart {
  switch (c.op) {
    case 'eq':
      return equals(field, c.value);
    case 'neq': {
      if (c.value === null) return { sql: `${fieldExpr(field)} IS NOT NULL`, params: [] };
      const eq = equals(field, c.value);
      // COALESCE: a missing field makes `eq` NULL, and a missing field is "not equal".
      return { sql: `NOT COALESCE(${eq.sql}, 0)`, params: eq.params };
    }
    case 'in':
      return inList(field, c.values);
    default: {
      // Type bracketing as in CloudBase/MongoDB: numbers only compare with numbers.
      const guard = typeof c.value === 'number' ? numberGuard(field) : `${typeExpr(field)} = 'text'`;
      return { sql: `(${fieldExpr(field)} ${RANGE_SQL[c.op]} ? AND ${guard})`, params: [c.value] };
    }
  }
}

/** `WHERE …` (or empty) for a filter. */
export function whereSql(filter: Filter): SqlPart {
  const parts = normalizeFilter(filter).map(([field, c]) => conditionSql(field, c));
  if (parts.length === 0) return { sql: '', params: [] };
  return { sql: `WHERE ${parts.map((p) => p.sql).join(' AND ')}`, params: parts.flatMap((p) => p.params) };
}

/** `ORDER BY … LIMIT ? OFFSET ?` for find options. */
export function orderLimitSql(options: FindOptions | undefined): SqlPart {
  const { orderBy, skip, limit } = normalizeFindOptions(options);
  const order = orderBy.map((o) => `${fieldExpr(o.field)} ${o.direction === 'asc' ? 'ASC' : 'DESC'}`).join(', ');
  // LIMIT -1 means "no limit" in SQLite; OFFSET needs a LIMIT clause.
  return { sql: `ORDER BY ${order} LIMIT ? OFFSET ?`, params: [limit ?? -1, skip] };
}
