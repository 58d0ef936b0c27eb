import type { z } from 'zod';
import { bindData, whoamiData, type BindData, type WhoamiData } from '@shared/schemas/api/identity';
import {
  demoPeopleData, signInCodeBody, signInData, signOutData, type DemoPersonView, type SignInData,
} from '@shared/schemas/api/local';

/** identity.whoami data: `{ bound: false }` or the bound person with their roles (shared schema). */
export { whoamiData, bindData, type WhoamiData, type BindData };

/**
 * The 姓名 + 绑定码 form: the shared bind event without `action` (same messages as
 * the server) — the very schema `POST /local/sign-in` parses its code form with.
 */
export const bindInputSchema = signInCodeBody;
export type BindInput = z.infer<typeof bindInputSchema>;

/** One row of `GET /local/demo-people` (local stack only): the shared schema the server answers with. */
export type DemoPerson = DemoPersonView;

/** `GET /local/demo-people` data (`{ people: [...] }`, in picker order), read as the list. */
export const demoPeopleSchema = demoPeopleData.transform((d) => d.people);

/** `POST /local/sign-in` data: the token (who signed in is asked of whoami afterwards). */
export const signInResultSchema = signInData;
export type SignInResult = SignInData;

/** `POST /local/sign-out` data. */
export const signOutResultSchema = signOutData;

/** Chinese names of role keys (shared with the server's first paint of 首页). */
export { rolesText } from '@shared/home-view/roles-text';
