import { z } from 'zod';
import { organisationSchema, userSchema } from '../../../core/index.ts';

export const signedInSchema = z.object({ user: userSchema, csrfToken: z.string() });
export const sessionSchema = z.object({
  user: userSchema,
  organisation: organisationSchema,
  csrfToken: z.string(),
});
export const setupStateSchema = z.object({ needed: z.boolean() });
export const logoutSchema = z.object({ redirectTo: z.string() });
/** Setup with local passwords off: no session yet, the administrator signs in through the identity provider. */
export const setupOidcSchema = z.object({ user: userSchema, signIn: z.literal('oidc') });
