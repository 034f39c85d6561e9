// Setup, signing in and out, sessions, passwords and the user's own profile.
import type {
  invitationAcceptSchema,
  loginInputSchema,
  passwordChangeSchema,
  profilePatchSchema,
  setupInputSchema,
} from '../core/index.ts';
import {
  AppError,
  SEED_CONVERSATION_TYPES,
  type AuthMethods,
  type Actor,
  type Organisation,
  type User,
} from '../core/index.ts';
import type { z } from 'zod';
import type { Context } from './context.ts';
import { NO_PASSWORD } from '../storage/index.ts';
import { takeUpInvitation } from './organisation.service.ts';
import { loginThrottle } from './login-throttle.ts';
import {
  csrfTokenFor,
  digestsMatch,
  hashPassword,
  hashSetupCode,
  hashToken,
  isWeakPassword,
  newSessionToken,
  newSetupCode,
  verifyDummy,
  verifyPassword,
} from './secrets.ts';

/** A signed-in session as the transport needs it: the token goes into the cookie, never into storage. */
export interface SignedIn {
  user: User;
  token: string;
  csrfToken: string;
}

/** A session resolved from its token. */
export interface ResolvedSession {
  actor: Actor;
  user: User;
  tokenHash: string;
  csrfToken: string;
}

/** How long a printed setup code stays valid. */
export const SETUP_CODE_TTL_MS = 24 * 3600 * 1000;

/** A setup code as the server prints it once: the code itself is never stored. */
export interface IssuedSetupCode {
  code: string;
  expiresAt: string;
}

function actorOf(user: User): Actor {
  return { userId: user.id, role: user.role, teamId: user.teamId };
}

/** Starts a session for a user (a local or an OIDC sign-in); only the token's hash is stored. */
export async function startSession(
  ctx: Context,
  userId: string,
  idToken: string | null = null,
): Promise<{ token: string; csrfToken: string }> {
  const token = newSessionToken();
  const now = ctx.clock.now();
  await ctx.storage.repos.sessions.deleteExpired(now.toISOString());
  await ctx.storage.repos.sessions.create({
    tokenHash: hashToken(token),
    userId,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ctx.sessionTtlSeconds * 1000).toISOString(),
    idToken,
  });
  return { token, csrfToken: csrfTokenFor(token) };
}

/** What ends a session at the identity provider too: its logout address for the session's ID token. */
export type EndSessionUrl = (idToken: string | null) => Promise<string | null>;

/** The open invitation of a link's token with its (active, still invited) person; else invitation_invalid. */
async function findUsableInvitation(ctx: Context, token: string) {
  const invitation = await ctx.storage.repos.invitations.findUsable(hashToken(token), ctx.now());
  const user = invitation ? await ctx.storage.repos.users.find(invitation.userId) : null;
  if (!invitation || !user || !user.active || !user.invited) throw new AppError('invitation_invalid');
  return { invitation, user };
}

/** Use cases of accounts and sessions. */
export function authService(
  ctx: Context,
  options: { endSessionUrl?: EndSessionUrl; oidcLabel?: string | null; mailReady?: () => boolean } = {},
) {
  const throttle = loginThrottle(ctx);
  const usableInvitation = (token: string) => findUsableInvitation(ctx, token);

  return {
    /** True while nobody has set the installation up. */
    async setupNeeded(): Promise<boolean> {
      return (await ctx.storage.repos.users.count()) === 0;
    },

    /** Where the setup code comes from: SETUP_CODE of an automated install, or one issued by the server. */
    setupCodeSource(): 'environment' | 'issued' {
      return ctx.setupCode ? 'environment' : 'issued';
    },

    /**
     * Issues a new one-time setup code while setup is needed (the earlier one stops working); null once
     * set up, or when SETUP_CODE decides the code.
     */
    async issueSetupCode(): Promise<IssuedSetupCode | null> {
      if (ctx.setupCode || (await ctx.storage.repos.users.count()) > 0) return null;
      const code = newSetupCode();
      const now = ctx.clock.now();
      const expiresAt = new Date(now.getTime() + SETUP_CODE_TTL_MS).toISOString();
      await ctx.storage.repos.setupCodes.replace({
        codeHash: hashSetupCode(code),
        createdAt: now.toISOString(),
        expiresAt,
      });
      return { code, expiresAt };
    },

    /**
     * Creates the organisation, its first administrator and the seeded conversation types; signs them in.
     * Needs the setup code: a page elsewhere (DNS rebinding) cannot know it, only who sees the server's terminal.
     * With local passwords off there is no password: the administrator then signs in through the identity
     * provider with this e-mail address (`signIn: 'oidc'`, no session yet).
     */
    async setup(
      input: z.output<typeof setupInputSchema>,
    ): Promise<SignedIn | { user: User; signIn: 'oidc' }> {
      if ((await ctx.storage.repos.users.count()) > 0) throw new AppError('setup_already_done');
      const presented = hashSetupCode(input.setupCode);
      if (ctx.setupCode) {
        if (!digestsMatch(presented, hashSetupCode(ctx.setupCode))) throw new AppError('setup_code_invalid');
      } else {
        const stored = await ctx.storage.repos.setupCodes.get();
        const valid =
          stored !== null &&
          Date.parse(stored.expiresAt) > ctx.clock.now().getTime() &&
          digestsMatch(presented, stored.codeHash);
        if (!valid) throw new AppError('setup_code_invalid');
      }
      let passwordHash = NO_PASSWORD;
      if (ctx.auth.localPasswords) {
        if (input.password === undefined)
          throw new AppError('validation_failed', { fields: [{ path: 'password', message: 'required' }] });
        if (isWeakPassword(input.password, input.email, input.name)) throw new AppError('weak_password');
        passwordHash = await hashPassword(input.password);
      }
      const at = ctx.now();
      const user: User = {
        id: ctx.ids.id(),
        email: input.email,
        name: input.name,
        role: 'admin',
        teamId: null,
        locale: 'nl',
        contactCard: { name: input.name, role: '', phone: null, email: null, reachability: '' },
        active: true,
        createdAt: at,
        weeklyDigest: false,
        invited: false,
      };
      await ctx.storage.transaction(async (repos) => {
        // The unique singleton column refuses a second organisation even when two setups race.
        if ((await repos.users.count()) > 0) throw new AppError('setup_already_done');
        await repos.organisation.create({ id: ctx.ids.id(), name: input.organisationName, createdAt: at });
        await repos.users.create(user, passwordHash);
        for (const seed of SEED_CONVERSATION_TYPES) {
          await repos.conversationTypes.create({ ...seed, id: ctx.ids.id(), archived: false }, at);
        }
        // Used once: the code opens nothing after this.
        await repos.setupCodes.clear();
      });
      if (!ctx.auth.localPasswords) return { user, signIn: 'oidc' };
      return { user, ...(await startSession(ctx, user.id)) };
    },

    /**
     * Checks e-mail and password and starts a session. Failures count against the account and the address
     * (`address`: the client's IP as the server sees it); while either is locked, nothing is checked.
     */
    async login(
      input: z.output<typeof loginInputSchema>,
      meta: { address?: string | null } = {},
    ): Promise<SignedIn> {
      if (!ctx.auth.localPasswords) throw new AppError('local_login_disabled');
      const email = input.email.trim().toLowerCase();
      const address = meta.address ?? null;
      await throttle.check(email, address);
      const found = await ctx.storage.repos.users.findWithHash(email);
      // An unknown address and an account without a password cost the same time as a wrong password.
      const ok =
        found && found.passwordHash !== NO_PASSWORD
          ? await verifyPassword(found.passwordHash, input.password)
          : (await verifyDummy(input.password), false);
      if (!found || !ok || !found.active) {
        await throttle.failed(email, address);
        throw new AppError('invalid_credentials');
      }
      await throttle.succeeded(email);
      const { passwordHash: _hash, ...user } = found;
      return { user, ...(await startSession(ctx, user.id)) };
    },

    /** How people sign in here (the login page shows what is on). */
    methods(): AuthMethods {
      return {
        password: ctx.auth.localPasswords,
        passwordReset: ctx.auth.localPasswords && ctx.publicUrl !== null && (options.mailReady?.() ?? false),
        oidc: ctx.auth.oidc ? { label: options.oidcLabel ?? ctx.auth.oidc.label } : null,
      };
    },

    /**
     * Ends the session of this token. For a sign-in through the identity provider the answer holds the
     * provider's logout address, so the browser ends the session there too.
     */
    async logout(token: string): Promise<{ redirectTo: string | null }> {
      const tokenHash = hashToken(token);
      const idToken = await ctx.storage.repos.sessions.idToken(tokenHash);
      await ctx.storage.repos.sessions.delete(tokenHash);
      return { redirectTo: options.endSessionUrl ? await options.endSessionUrl(idToken) : null };
    },

    /** The session of a token; extends it when more than half its lifetime has passed. */
    async resolveSession(token: string): Promise<ResolvedSession> {
      const tokenHash = hashToken(token);
      // One query: the session joined to its user.
      const found = await ctx.storage.repos.sessions.findWithUser(tokenHash);
      if (!found) throw new AppError('not_authenticated');
      const { session, user } = found;
      const now = ctx.clock.now();
      if (Date.parse(session.expiresAt) <= now.getTime()) {
        await ctx.storage.repos.sessions.delete(tokenHash);
        throw new AppError('session_expired');
      }
      if (!user || !user.active) {
        await ctx.storage.repos.sessions.delete(tokenHash);
        throw new AppError('not_authenticated');
      }
      const ttl = ctx.sessionTtlSeconds * 1000;
      if (Date.parse(session.expiresAt) - now.getTime() < ttl / 2) {
        await ctx.storage.repos.sessions.extend(tokenHash, new Date(now.getTime() + ttl).toISOString());
      }
      return { actor: actorOf(user), user, tokenHash, csrfToken: csrfTokenFor(token) };
    },

    /** The signed-in user with their organisation. */
    async session(actor: Actor): Promise<{ user: User; organisation: Organisation }> {
      const [user, organisation] = await Promise.all([
        ctx.storage.repos.users.find(actor.userId),
        ctx.storage.repos.organisation.get(),
      ]);
      if (!user || !organisation) throw new AppError('not_authenticated');
      return { user, organisation };
    },

    /** Changes one's own password; other sessions of the user end. */
    async changePassword(
      actor: Actor,
      token: string,
      input: z.output<typeof passwordChangeSchema>,
    ): Promise<void> {
      if (!ctx.auth.localPasswords) throw new AppError('local_login_disabled');
      const user = await ctx.storage.repos.users.find(actor.userId);
      const currentHash = await ctx.storage.repos.users.passwordHash(actor.userId);
      if (!user || !currentHash) throw new AppError('not_authenticated');
      if (!(await verifyPassword(currentHash, input.currentPassword))) {
        throw new AppError('validation_failed', {
          fields: [{ path: 'currentPassword', message: 'wrong_password' }],
        });
      }
      if (isWeakPassword(input.newPassword, user.email, user.name)) throw new AppError('weak_password');
      const newHash = await hashPassword(input.newPassword);
      await ctx.storage.transaction(async (repos) => {
        await repos.users.setPasswordHash(actor.userId, newHash, ctx.now());
        await repos.sessions.deleteForUser(actor.userId, hashToken(token));
      });
    },

    /**
     * Who an invitation link is for (name, e-mail, organisation) and how they sign in: with a password they
     * choose now, or (local passwords off) with the organisation's account. Else invitation_invalid.
     */
    async invitation(
      token: string,
    ): Promise<{ name: string; email: string; organisation: string; signIn: 'password' | 'oidc' }> {
      const { user } = await usableInvitation(token);
      const organisation = await ctx.storage.repos.organisation.get();
      return {
        name: user.name,
        email: user.email,
        organisation: organisation?.name ?? '',
        signIn: ctx.auth.localPasswords ? 'password' : 'oidc',
      };
    },

    /** Accepts an invitation: the colleague's own password, the link used up, and a session. */
    async acceptInvitation(input: z.output<typeof invitationAcceptSchema>): Promise<SignedIn> {
      // With local passwords off the invitation is taken up by signing in with the organisation's account.
      if (!ctx.auth.localPasswords) throw new AppError('local_login_disabled');
      const { invitation, user } = await usableInvitation(input.token);
      if (isWeakPassword(input.password, user.email, user.name)) throw new AppError('weak_password');
      const passwordHash = await hashPassword(input.password);
      await ctx.storage.transaction(async (repos) => {
        if (
          !(await takeUpInvitation(ctx, repos, user.id, { method: 'password', invitationId: invitation.id }))
        )
          throw new AppError('invitation_invalid');
        await repos.users.setPasswordHash(user.id, passwordHash, ctx.now());
      });
      const accepted = (await ctx.storage.repos.users.find(user.id))!;
      return { user: accepted, ...(await startSession(ctx, user.id)) };
    },

    /** Changes one's own name, language, contact card or weekly digest. */
    async updateProfile(actor: Actor, patch: z.output<typeof profilePatchSchema>): Promise<User> {
      await ctx.storage.repos.users.update(actor.userId, patch, ctx.now());
      const user = await ctx.storage.repos.users.find(actor.userId);
      if (!user) throw new AppError('not_authenticated');
      return user;
    },
  };
}
