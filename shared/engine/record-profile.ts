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
 * Builds the profile function of a policy, or null when its conditions name
 * so many values that profiles would not stay small (then every record is
 * matched rule by rule).
 */
export function compileProfiler(p: Policy): Profiler | null {
  const values = new Map<Field, Map<unknown, number>>();
  const tags = new Map<string, number>();
  for (const c of conditionsOf(p)) {
    walkCondition(c, '', (node) => {
      for (const f of fields) {
        for (const v of node[f] ?? []) {
          const m = values.get(f) ?? new Map<unknown, number>();
          values.set(f, m);
          if (!m.has(v)) m.set(v, m.size + 1); // 0 stands for "a value no condition lists"
        }
      }
      for (const t of [...(node.tagsAny ?? []), ...(node.tagsNone ?? [])]) if (!tags.has(t)) tags.set(t, 1 << tags.size);
    });
  }
  const parts: { code: number; values: unknown[] }[] = [];
  let span = 2 ** tags.size;
  fields.forEach((f, code) => {
    const m = values.get(f);
    if (!m) return;
    parts.push({ code, values: [...m.keys()] });
    span *= m.size + 1;
  });
  if (tags.size > 24 || span > MAX_KEYS) return null;
  const tagsRadix = 2 ** tags.size;
  return (r) => {
    let key = 0;
    for (const part of parts) {
      // a handful of short values per field: comparing beats hashing a fresh string
      const v = read(r, part.code);
      const list = part.values;
      let at = 0;
      for (let j = 0; j < list.length; j += 1) {
        if (list[j] === v) {
          at = j + 1;
          break;
        }
      }
      key = key * (list.length + 1) + at;
    }
    let bits = 0;
    if (tags.size > 0) for (const t of r.tags) bits |= tags.get(t) ?? 0;
    return key * tagsRadix + bits;
  };
}
