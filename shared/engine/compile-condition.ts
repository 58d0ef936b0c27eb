import type { CreditRecord } from '../schemas/record';
import type { PolicyCondition } from '../schemas/policy-condition';

/** A compiled condition: record plus its category ancestry (ids, innermost first) → match. */
export type Matcher = (r: CreditRecord, categoryIds: readonly string[]) => boolean;

type FieldKey = 'form' | 'level' | 'location' | 'content' | 'track' | 'role' | 'awardGrade' | 'awardLevel' | 'projectRef';

/**
 * One closure per field, reading the property directly (no getter closure):
 * this is the innermost loop of a county run. `null` in the list stands for
 * "left empty".
 */
function fieldTest(key: FieldKey, allowed: readonly (string | null)[]): Matcher {
  const set = new Set<string | null>(allowed);
  switch (key) {
    case 'form': return (r) => set.has(r.form);
    case 'level': return (r) => set.has(r.level);
    case 'location': return (r) => set.has(r.location);
    case 'content': return (r) => set.has(r.content ?? null);
    case 'track': return (r) => set.has(r.track ?? null);
    case 'role': return (r) => set.has(r.role);
    case 'awardGrade': return (r) => set.has(r.award?.grade ?? null);
    case 'awardLevel': return (r) => set.has(r.award?.level ?? null);
    case 'projectRef': return (r) => set.has(r.projectRef ?? null);
  }
}

// Most selective first: most records carry no award and are 学员, so bonus rules fail on the first test.
const fieldKeys: readonly FieldKey[] = ['awardGrade', 'awardLevel', 'role', 'projectRef', 'track', 'content', 'form', 'level', 'location'];

function tagsTest(tags: readonly string[], wanted: boolean): Matcher {
  const set = new Set(tags);
  return (r) => {
    for (const t of r.tags) if (set.has(t)) return wanted;
    return !wanted;
  };
}

/**
 * Compiles a declarative condition into one closure, once per policy load, so
 * matching 200 000 records costs a few set look-ups each.
 */
export function compileCondition(c: PolicyCondition | undefined): Matcher {
  if (!c) return () => true;
  const tests: Matcher[] = [];
  for (const key of fieldKeys) {
    const allowed = c[key];
    if (allowed) tests.push(fieldTest(key, allowed));
  }
  if (c.tagsAny) tests.push(tagsTest(c.tagsAny, true));
  if (c.tagsNone) tests.push(tagsTest(c.tagsNone, false));
  if (c.category) {
    const set = new Set(c.category);
    tests.push((_r, ids) => ids.some((id) => set.has(id)));
  }
  if (c.any) {
    const alts = c.any.map(compileCondition);
    tests.push((r, ids) => alts.some((m) => m(r, ids)));
  }
  if (c.not) {
    const inner = compileCondition(c.not);
    tests.push((r, ids) => !inner(r, ids));
  }
  switch (tests.length) {
    case 0: return () => true;
    case 1: return tests[0] as Matcher;
    case 2: {
      const [a, b] = tests as [Matcher, Matcher];
      return (r, ids) => a(r, ids) && b(r, ids);
    }
    default:
      return (r, ids) => {
        for (const t of tests) if (!t(r, ids)) return false;
        return true;
      };
  }
}
