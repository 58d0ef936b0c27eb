import type { CreditRecord } from '../schemas/record';
import type { PolicyCondition } from '../schemas/policy-condition';

/** A compiled condition: record plus its category ancestry (ids, innermost first) → match. */
export type Matcher = (r: CreditRecord, categoryIds: readonly string[]) => boolean;

/** Field value → allowed, with `null` in the list standing for "left empty". */
function fieldTest<T>(allowed: readonly (T | null)[], get: (r: CreditRecord) => T | undefined): Matcher {
  const set = new Set<T | null>(allowed);
  return (r) => set.has(get(r) ?? null);
}

/**
 * Compiles a declarative condition into one closure, once per policy load, so
 * matching 200 000 records costs a few set look-ups each.
 */
export function compileCondition(c: PolicyCondition | undefined): Matcher {
  if (!c) {
    return () => true;
  }
  const tests: Matcher[] = [];
  if (c.form) tests.push(fieldTest(c.form, (r) => r.form));
  if (c.level) tests.push(fieldTest(c.level, (r) => r.level));
  if (c.location) tests.push(fieldTest(c.location, (r) => r.location));
  if (c.content) tests.push(fieldTest(c.content, (r) => r.content));
  if (c.track) tests.push(fieldTest(c.track, (r) => r.track));
  if (c.role) tests.push(fieldTest(c.role, (r) => r.role));
  if (c.awardGrade) tests.push(fieldTest(c.awardGrade, (r) => r.award?.grade));
  if (c.awardLevel) tests.push(fieldTest(c.awardLevel, (r) => r.award?.level));
  if (c.projectRef) tests.push(fieldTest(c.projectRef, (r) => r.projectRef));
  if (c.tagsAny) {
    const set = new Set(c.tagsAny);
    tests.push((r) => r.tags.some((t) => set.has(t)));
  }
  if (c.tagsNone) {
    const set = new Set(c.tagsNone);
    tests.push((r) => !r.tags.some((t) => set.has(t)));
  }
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
  if (tests.length === 1) {
    return tests[0] as Matcher;
  }
  return (r, ids) => {
    for (const t of tests) {
      if (!t(r, ids)) return false;
    }
    return true;
  };
}
