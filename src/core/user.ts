// Organisation, teams and users with their roles.
import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { contactCardSchema } from './conversation.ts';
import { id, isWellFormedText, requiredText } from './schema-helpers.ts';

export const ROLES = ['leader', 'coach', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const organisationSchema = z.object({
  id,
  name: z.string(),
  createdAt: z.string(),
  /** How people reach the organisation in general (shown on the page of a link that does not work). */
  contact: z.string().nullable(),
});
export type Organisation = z.output<typeof organisationSchema>;

export const teamSchema = z.object({ id, name: z.string() });
export type Team = z.output<typeof teamSchema>;
export const teamInputSchema = z.object({ name: requiredText(LIMITS.name) }).strict();

export const userSchema = z.object({
  id,
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  teamId: id.nullable(),
  locale: z.enum(['nl', 'en']),
  contactCard: contactCardSchema,
  active: z.boolean(),
  createdAt: z.string(),
  /** Wants the Monday digest of their open agreements. */
  weeklyDigest: z.boolean(),
  /** Invited and not yet accepted: no password set, cannot sign in. */
  invited: z.boolean(),
});
export type User = z.output<typeof userSchema>;

/**
 * How long an invitation works, in days. There is no organisation setting for it (the participants' link
 * lifetime is another matter): a week is long enough for a holiday, short enough for a forgotten mail.
 */
export const INVITATION_DAYS = 7;

/**
 * What happened to an invitation's mail: on the queue ('waiting'), a try failed and another follows
 * ('retrying'), handed to the mail server ('sent'), given up ('failed'), or none because mail is not set up
 * ('off': the administrator copies the link).
 */
export const INVITATION_MAIL_STATES = ['waiting', 'retrying', 'sent', 'failed', 'off'] as const;
export type InvitationMailState = (typeof INVITATION_MAIL_STATES)[number];

/** The open invitation of a user as Beheer shows it (never its links). */
export const invitationStatusSchema = z.object({
  createdAt: z.string(),
  expiresAt: z.string(),
  expired: z.boolean(),
  mail: z.enum(INVITATION_MAIL_STATES),
});

/** A user in Beheer's list: with their open invitation, if they were invited and have not taken it up. */
export const userListingSchema = userSchema.extend({ invitation: invitationStatusSchema.nullable() });
export type UserListing = z.output<typeof userListingSchema>;

const email = z
  .email()
  .max(LIMITS.email)
  .transform((value) => value.trim().toLowerCase());

// A lone surrogate would be hashed as U+FFFD: another ill-formed password would then match it.
export const passwordSchema = z
  .string()
  .min(LIMITS.password.min)
  .max(LIMITS.password.max)
  .refine(isWellFormedText, { message: 'ill_formed_text' });

export const userInputSchema = z
  .object({
    email,
    name: requiredText(LIMITS.name),
    role: z.enum(ROLES),
    teamId: id.nullable().default(null),
    password: passwordSchema,
  })
  .strict();
/** An invitation: the account is made without a password; the colleague chooses one through the link. */
export const userInviteSchema = z
  .object({
    email,
    name: requiredText(LIMITS.name),
    role: z.enum(ROLES),
    teamId: id.nullable().default(null),
    /** The language of the invitation mail and, until they change it, of the account. */
    locale: z.enum(['nl', 'en']).default('nl'),
  })
  .strict();

/** Accepting an invitation: the token from the link and the new password. */
export const invitationAcceptSchema = z
  .object({ token: z.string().min(20).max(200), password: passwordSchema })
  .strict();

export const userPatchSchema = z
  .object({
    name: requiredText(LIMITS.name),
    role: z.enum(ROLES),
    teamId: id.nullable(),
    active: z.boolean(),
  })
  .partial()
  .strict();

export const setupInputSchema = z
  .object({
    organisationName: requiredText(LIMITS.name),
    name: requiredText(LIMITS.name),
    email,
    /** Required while local passwords are on; left out when people sign in only through OIDC. */
    password: passwordSchema.optional(),
    /** The one-time code the server printed at its first start (or SETUP_CODE): proof of access to it. */
    setupCode: z.string().max(100),
  })
  .strict();

export const loginInputSchema = z
  .object({
    email: z.string().max(LIMITS.email),
    password: z.string().max(LIMITS.password.max).refine(isWellFormedText, { message: 'ill_formed_text' }),
  })
  .strict();
export const passwordChangeSchema = z
  .object({
    currentPassword: z
      .string()
      .max(LIMITS.password.max)
      .refine(isWellFormedText, { message: 'ill_formed_text' }),
    newPassword: passwordSchema,
  })
  .strict();
export const profilePatchSchema = z
  .object({
    name: requiredText(LIMITS.name),
    locale: z.enum(['nl', 'en']),
    contactCard: contactCardSchema,
    weeklyDigest: z.boolean(),
  })
  .partial()
  .strict();
