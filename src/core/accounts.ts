// Accounts beyond a password: how people may sign in, and password reset (issue 12).
import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { passwordSchema } from './user.ts';

/** A token from a mailed link: 43 base64url characters; anything near it is refused before a lookup. */
const linkToken = z.string().min(20).max(200);

/** How people sign in here: the login page shows what is switched on. */
export const authMethodsSchema = z.object({
  password: z.boolean(),
  /** Whether "wachtwoord vergeten" can mail a link (local passwords on and mail set up). */
  passwordReset: z.boolean(),
  oidc: z.object({ label: z.string().nullable() }).nullable(),
});
export type AuthMethods = z.output<typeof authMethodsSchema>;

export const passwordResetRequestSchema = z.object({ email: z.string().max(LIMITS.email) }).strict();
export const passwordResetConfirmSchema = z.object({ token: linkToken, password: passwordSchema }).strict();
