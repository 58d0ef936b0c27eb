import { z } from 'zod';
import { bindData, bindEvent, whoamiData, type BindData, type WhoamiData } from '@shared/schemas/api/identity';
import { roleLabels, roleSchema } from '@shared/schemas/domain/common';

/** identity.whoami data: `{ bound: false }` or the bound person with their roles (shared schema). */
export { whoamiData, bindData, type WhoamiData, type BindData };

/** The 姓名 + 绑定码 form: the shared bind event without `action` (same messages as the server). */
export const bindInputSchema = bindEvent.omit({ action: true });
export type BindInput = z.infer<typeof bindInputSchema>;

/**
 * `GET /local/demo-people` (local stack only). The contract only says "name, role,
 * school"; until the backend publishes a shared schema this reads the likely spellings
 * (`id`/`personId`, `role`/`roles`, `schoolName`/`school`) and normalises them.
 */
const rawDemoPersonSchema = z.object({
  id: z.string().min(1).optional(),
  personId: z.string().min(1).optional(),
  name: z.string().min(1),
  role: z.string().optional(),
  roles: z.array(z.union([z.string(), z.object({ role: z.string() })])).optional(),
  schoolName: z.string().nullish(),
  school: z.union([z.string(), z.object({ name: z.string() })]).nullish(),
  countyName: z.string().nullish(),
});

export const demoPersonSchema = rawDemoPersonSchema
  .refine((p) => p.id ?? p.personId, { message: 'demo person without id' })
  .transform((p) => ({
    id: (p.id ?? p.personId) as string,
    name: p.name,
    roles: [...(p.role ? [p.role] : []), ...(p.roles ?? []).map((r) => (typeof r === 'string' ? r : r.role))],
    schoolName: p.schoolName ?? (typeof p.school === 'string' ? p.school : p.school?.name) ?? p.countyName ?? '',
  }));
export type DemoPerson = z.infer<typeof demoPersonSchema>;

/** A bare list or `{ people: [...] }`. */
export const demoPeopleSchema = z.union([
  z.array(demoPersonSchema),
  z.object({ people: z.array(demoPersonSchema) }).transform((d) => d.people),
]);

/** `POST /local/sign-in`: only the token matters here; who signed in is asked of whoami. */
export const signInResultSchema = z.object({ token: z.string().min(1) });
export type SignInResult = z.infer<typeof signInResultSchema>;

/** Chinese names of role keys, without repeats: 「校长、教师」. Unknown keys are shown as given. */
export function rolesText(roles: readonly string[]): string {
  const labels = roles.map((r) => {
    const known = roleSchema.safeParse(r);
    return known.success ? roleLabels[known.data] : r;
  });
  return [...new Set(labels)].join('、');
}
