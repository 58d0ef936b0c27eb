import type { Policy } from '../schemas/policy';
import type { PolicyCondition } from '../schemas/policy-condition';
import type { CreditRecord } from '../schemas/record';
import { walkCondition } from '../policies/condition-walk';

/**
 * A record's "profile": which of the values a policy's conditions mention it
 * carries, as one small integer. Two records with the same profile satisfy
 * exactly the same conditions (a value no condition lists behaves like any
 * other unlisted value), so everything the rules decide about one can be
 * reused for the other.
 */
export type Profiler = (r: CreditRecord) => number;

type Field = 'form' | 'level' | 'location' | 'content' | 'track' | 'role' | 'awardGrade' | 'awardLevel' | 'projectRef';
/** Position in this list is the field's code in {@link read}. */
const fields: readonly Field[] = ['form', 'level', 'location', 'content', 'track', 'role', 'awardGrade', 'awardLevel', 'projectRef'];

/** Integer profiles stay small integers (V8 Smis), so the cache keys hash cheaply. */
const MAX_KEYS = 2 ** 30;

/**
 * The value a compiled matcher reads for field number `code` (see
 * compile-condition: optional fields read as null). A switch on a small
 * integer, not one closure per field: this runs for every record.
 */
function read(r: CreditRecord, code: number): unknown {
  switch (code) {
    case 0: return r.form;
    case 1: return r.level;
    case 2: return r.location;
    case 3: return r.content ?? null;
    case 4: return r.track ?? null;
    case 5: return r.role;
    case 6: return r.award?.grade ?? null;
    case 7: return r.award?.level ?? null;
    default: return r.projectRef ?? null;
  }
}

/** Every condition of the policy, wherever it sits. */
function conditionsOf(p: Policy): PolicyCondition[] {
  const e = p.eligibility;
  return [
    ...p.classify.map((r) => r.when), ...p.conversion.map((r) => r.when), ...p.bonuses.map((b) => b.when),
    ...p.substitutions.map((s) => s.fromWhen), ...p.targets.map((t) => t.when),
    e.certificate?.when, e.composite?.when, ...e.exclusions.map((x) => x.when),
  ].filter((c): c is PolicyCondition => c !== undefined);
}

/**
 * Values of one field grouped by the condition lists they appear in: values
 * that every list takes or leaves together are one class (霍尔果斯 treats 国家
 * and 省 alike everywhere). Class 0 is "in no list".
 */
function classesOf(lists: readonly (readonly unknown[])[]): { values: unknown[]; classOf: number[]; count: number } {
  const values: unknown[] = [];
  for (const list of lists) for (const v of list) if (!values.includes(v)) values.push(v);
  const bySignature = new Map<string, number>();
  const classOf = values.map((v) => {
    const signature = lists.map((list) => (list.includes(v) ? '1' : '0')).join('');
    let k = bySignature.get(signature);
    if (k === undefined) {
      k = bySignature.size + 1;
      bySignature.set(signature, k);
    }
    return k;
  });
  return { values, classOf, count: bySignature.size + 1 };
}

/**
 * Builds the profile function of a policy, or null when its conditions name
 * so many values that profiles would not stay small (then every record is
 * matched rule by rule). Tags count only through which of the policy's tag
 * lists a record meets: one bit per distinct list.
 */
export function compileProfiler(p: Policy): Profiler | null {
  const lists = new Map<Field, unknown[][]>();
  const tagLists = new Map<string, readonly string[]>();
  for (const c of conditionsOf(p)) {
    walkCondition(c, '', (node) => {
      for (const f of fields) {
        const list = node[f];
        if (list) lists.set(f, [...(lists.get(f) ?? []), list]);
      }
      for (const list of [node.tagsAny, node.tagsNone]) if (list) tagLists.set([...new Set(list)].sort().join('\u0000'), list);
    });
  }
  if (tagLists.size > 24) return null;
  const tags = new Map<string, number>();
  [...tagLists.values()].forEach((list, bit) => {
    for (const t of list) tags.set(t, (tags.get(t) ?? 0) | (1 << bit));
  });
  const parts: { code: number; values: unknown[]; classOf: number[]; radix: number }[] = [];
  let span = 2 ** tagLists.size;
  fields.forEach((f, code) => {
    const mentioned = lists.get(f);
    if (!mentioned) return;
    const { values, classOf, count } = classesOf(mentioned);
    parts.push({ code, values, classOf, radix: count });
    span *= count;
  });
  if (span > MAX_KEYS) return null;
  const tagsRadix = 2 ** tagLists.size;
  return (r) => {
    let key = 0;
    for (const part of parts) {
      // a handful of short values per field: comparing beats hashing a fresh string
      const v = read(r, part.code);
      const list = part.values;
      let at = 0;
      for (let j = 0; j < list.length; j += 1) {
        if (list[j] === v) {
          at = part.classOf[j] ?? 0;
          break;
        }
      }
      key = key * part.radix + at;
    }
    let bits = 0;
    if (tags.size > 0) for (const t of r.tags) bits |= tags.get(t) ?? 0;
    return key * tagsRadix + bits;
  };
}
