/**
 * Translates validated port filters into CloudBase `where` objects built with
 * `db.command`, so values always travel as data (never as query operators).
 */
import type { Filter } from '../../ports/document-store';
import { normalizeFilter, type Condition } from '../doc-rules';
import type { CloudbaseCommand } from './cloudbase-types';

/** `null` when the filter can match nothing (an empty `in`), so no request is needed. */
export type CloudbaseWhere = Record<string, unknown> | null;

function commandFor(_: CloudbaseCommand, c: Condition): unknown {
  switch (c.op) {
    case 'eq': return _.eq(c.value);
    case 'neq': return _.neq(c.value);
    case 'in': return _.in(c.values);
    case 'gte': return _.gte(c.value);
    case 'gt': return _.gt(c.value);
    case 'lte': return _.lte(c.value);
    case 'lt': return _.lt(c.value);
  }
}

/** Builds the `where` object; several conditions on one field are joined with `and`. */
export function toCloudbaseWhere(_: CloudbaseCommand, filter: Filter): CloudbaseWhere {
  const byField = new Map<string, Condition[]>();
  for (const [field, condition] of normalizeFilter(filter)) {
    if (condition.op === 'in' && condition.values.length === 0) return null;
    byField.set(field, [...(byField.get(field) ?? []), condition]);
  }
  const where: Record<string, unknown> = {};
  for (const [field, conditions] of byField) {
    const commands = conditions.map((c) => commandFor(_, c));
    where[field] = commands.length === 1 ? commands[0] : _.and(...(commands as Parameters<CloudbaseCommand['and']>));
  }
  return where;
}
