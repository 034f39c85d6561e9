// Accounts beyond a password: how people may sign in, password reset, invitations (issue 12).
import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { id, requiredText } from './schema-helpers.ts';
import { ROLES, passwordSchema } from './user.ts';

const email = z
  .email()
  .max(LIMITS.email)
  .transform((value) => value.trim().toLowerCase());

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

export const invitationInputSchema = z
  .object({
    email,
    name: requiredText(LIMITS.name),
    role: z.enum(ROLES),
    teamId: id.nullable().default(null),
  })
  .strict();
export const invitationAcceptSchema = z.object({ token: linkToken, password: passwordSchema }).strict();

/** An invitation as the administrator sees it (never the token). */
export const invitationSchema = z.object({
  userId: id,
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  teamId: id.nullable(),
  invitedBy: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  expired: z.boolean(),
});
export type Invitation = z.output<typeof invitationSchema>;

/** What an invitation link shows before it is accepted: whose account, and how to sign in. */
export const invitationPreviewSchema = z.object({
  email: z.string(),
  name: z.string(),
  organisation: z.string(),
  /** False when local passwords are off: the invited person signs in with the organisation's account. */
  setsPassword: z.boolean(),
});
export type InvitationPreview = z.output<typeof invitationPreviewSchema>;
