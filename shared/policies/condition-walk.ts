import type { PolicyCondition } from '../schemas/policy-condition';

/** Calls `visit` on a condition and every nested one, with its JSON path. */
export function walkCondition(
  condition: PolicyCondition | undefined,
  path: string,
  visit: (c: PolicyCondition, path: string) => void,
): void {
  if (!condition) {
    return;
  }
  visit(condition, path);
  condition.any?.forEach((c, i) => walkCondition(c, `${path}.any[${i}]`, visit));
  walkCondition(condition.not, `${path}.not`, visit);
}
