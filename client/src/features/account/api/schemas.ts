import { z } from 'zod';
import { bindData, bindEvent, whoamiData, type BindData, type WhoamiData } from '@shared/schemas/api/identity';
import { roleLabels, roleSchema } from '@shared/schemas/domain/common';

/** identity.whoami data: `{ bound: false }` or the bound person with their roles (shared schema). */
export { whoamiData, bindData, type WhoamiData, type BindData };

/** The 姓名 + 绑定码 form: the shared bind event without `action` (same messages as the server). */
export const bindInputSchema = bindEvent.omit({ action: true });
export type BindInput = z.infer<typeof bindInputSchema>;

/**
 * One row of `GET /local/demo-people` (local stack only), as the server's
 * demoPersonViewSchema (cloudfunctions/_local/demo-people.ts) answers it. The client
 * cannot import cloudfunctions/, so the shape is repeated here until it moves to shared/.
 * Roles stay plain strings so a new server role shows up as text instead of breaking the list.
 */
export const demoPersonSchema = z.object({
  personId: z.string().min(1),
  name: z.string().min(1),
  roles: z.array(z.string()),
  schoolName: z.string().nullable(),
  countyName: z.string(),
  /** Short words under the name, e.g. 「进度落后」. */
  note: z.string().optional(),
});
export type DemoPerson = z.infer<typeof demoPersonSchema>;

/** `{ people: [...] }`, in picker order. */
export const demoPeopleSchema = z.object({ people: z.array(demoPersonSchema) }).transform((d) => d.people);

/** `POST /local/sign-in`: only the token matters here; who signed in is asked of whoami. */
export const signInResultSchema = z.object({ token: z.string().min(1) });
export type SignInResult = z.infer<typeof signInResultSchema>;

/** `POST /local/sign-out`. */
export const signOutResultSchema = z.object({ signedOut: z.literal(true) });

/** Chinese names of role keys, without repeats: 「校长、教师」. Unknown keys are shown as given. */
export function rolesText(roles: readonly string[]): string {
  const labels = roles.map((r) => {
    const known = roleSchema.safeParse(r);
    return known.success ? roleLabels[known.data] : r;
  });
  return [...new Set(labels)].join('、');
}
