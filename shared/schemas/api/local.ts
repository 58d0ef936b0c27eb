import { z } from 'zod';
import { roleSchema } from '../domain/common';
import { bindEvent } from './identity';
import { personViewSchema } from './views';

/**
 * The local stack's own routes (docs/local-stack.md): the demo picker and
 * sign-in that stand in for WeChat login when the same handlers run on one
 * machine. Not cloud functions, but one schema for the server
 * (cloudfunctions/_local) and the H5 client alike, like every API shape.
 */

/** One row of `GET /local/demo-people`: who the picker offers, in picker order. */
export const demoPersonViewSchema = z.object({
  personId: z.string().min(1),
  name: z.string().min(1),
  roles: z.array(roleSchema),
  schoolName: z.string().nullable(),
  countyName: z.string(),
  /** Short words under the name, e.g. 「进度落后」. */
  note: z.string().max(40).optional(),
});
export type DemoPersonView = z.infer<typeof demoPersonViewSchema>;

/** `GET /local/demo-people` data. */
export const demoPeopleData = z.object({ people: z.array(demoPersonViewSchema) });
export type DemoPeopleData = z.infer<typeof demoPeopleData>;

/** `POST /local/sign-in` body, demo picker form. */
export const signInPickBody = z.strictObject({ personId: z.string({ message: '请选择要登录的人员' }).min(1).max(128) });
/** `POST /local/sign-in` body, roster form: name + binding code, with identity.bind's rules and messages. */
export const signInCodeBody = bindEvent.omit({ action: true });
export type SignInBody = z.infer<typeof signInPickBody> | z.infer<typeof signInCodeBody>;

/** `POST /local/sign-in` data: the bearer token (stands in for the OPENID) and who signed in. */
export const signInData = z.object({
  token: z.string().min(1),
  /** Whoami's person; null only if the person is not (or no longer) bound. */
  person: personViewSchema.nullable(),
});
export type SignInData = z.infer<typeof signInData>;

/** `POST /local/sign-out` data. */
export const signOutData = z.object({ signedOut: z.literal(true) });
export type SignOutData = z.infer<typeof signOutData>;
