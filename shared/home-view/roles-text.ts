import { roleLabels, roleSchema } from '../schemas/domain/common';

/** Chinese names of role keys, without repeats: 「校长、教师」. Unknown keys are shown as given. */
export function rolesText(roles: readonly string[]): string {
  const labels = roles.map((r) => {
    const known = roleSchema.safeParse(r);
    return known.success ? roleLabels[known.data] : r;
  });
  return [...new Set(labels)].join('、');
}
