// Local accounts as people expect them: "wachtwoord vergeten" with a mailed link, and invitations by mail
// instead of the server's command line. Links carry 256 random bits, only their SHA-256 is stored, they work
// once and expire (reset: 30 minutes; invitation: 7 days), and a new link revokes the previous one.
import type { z } from 'zod';
import type {
  invitationAcceptSchema,
  invitationInputSchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
} from '../core/index.ts';
import { AppError, type Actor, type Invitation, type InvitationPreview, type User } from '../core/index.ts';
import { NO_PASSWORD, type AccountToken, type Repositories } from '../storage/index.ts';
import { invitationMail, resetMail, type AccountMailer } from './account-mail.ts';
import { startSession, type SignedIn } from './auth.service.ts';
import { requireAdmin, writeAudit, type Context } from './context.ts';
import { loginThrottle } from './login-throttle.ts';
import { hashPassword, hashToken, isWeakPassword, newSessionToken, verifyDummy } from './secrets.ts';

/** How long a password-reset link works. */
export const RESET_MINUTES = 30;
/** How long an invitation link works. */
export const INVITATION_DAYS = 7;
/** At most this many reset mails per account per hour: a form cannot be used to flood someone's mailbox. */
export const RESETS_PER_HOUR = 3;

/** The answer to an invitation: whether it was mailed, and the link to pass on when mail is not set up. */
export interface InvitationResult {
  invitation: Invitation;
  mailed: boolean;
  /** Only when no mail went out: the administrator passes it on in person. */
  link: string | null;
}

function dateOf(iso: string, lang: 'nl' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

/** Use cases of password reset and invitations. */
export function accountsService(ctx: Context, mail: AccountMailer) {
  const repos = ctx.storage.repos;
  const throttle = loginThrottle(ctx);

  /** A link into the app: absolute under PUBLIC_URL; without it only a path, which is never mailed. */
  function appUrl(path: string): string {
    return ctx.publicUrl ? new URL(path, ctx.publicUrl).toString() : path;
  }

  async function newToken(
    trx: Repositories,
    user: User,
    purpose: AccountToken['purpose'],
    lifetimeMs: number,
    createdBy: string | null,
  ): Promise<{ token: string; expiresAt: string }> {
    const token = newSessionToken();
    const now = ctx.clock.now();
    const expiresAt = new Date(now.getTime() + lifetimeMs).toISOString();
    await trx.accountTokens.revokeOpen(user.id, purpose);
    await trx.accountTokens.create({
      tokenHash: hashToken(token),
      purpose,
      userId: user.id,
      createdBy,
      createdAt: now.toISOString(),
      expiresAt,
      usedAt: null,
    });
    return { token, expiresAt };
  }

  /** A token that is unused, unexpired, of the purpose, and whose account still exists. */
  async function validToken(token: string, purpose: AccountToken['purpose']) {
    const found = await repos.accountTokens.find(hashToken(token), purpose);
    const now = ctx.clock.now().getTime();
    if (!found || found.usedAt || Date.parse(found.expiresAt) <= now) throw new AppError('link_invalid');
    const user = await repos.users.find(found.userId);
    if (!user || !user.active) throw new AppError('link_invalid');
    return { found, user };
  }

  async function organisationName(): Promise<string> {
    return (await repos.organisation.get())?.name ?? 'Sluitstuk';
  }

  async function toInvitation(trx: Repositories, token: AccountToken, user: User): Promise<Invitation> {
    const inviter = token.createdBy ? await trx.users.find(token.createdBy) : null;
    return {
      userId: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      teamId: user.teamId,
      invitedBy: inviter?.name ?? null,
      createdAt: token.createdAt,
      expiresAt: token.expiresAt,
      expired: Date.parse(token.expiresAt) <= ctx.clock.now().getTime(),
    };
  }

  /** Makes (or remakes) the link of a pending account and mails it; returns what the administrator sees. */
  async function sendInvitation(actor: Actor, trx: Repositories, user: User): Promise<InvitationResult> {
    const inviter = actor.userId === 'system' ? null : await trx.users.find(actor.userId);
    const organisation = (await trx.organisation.get())?.name ?? 'Sluitstuk';
    // The token is kept also when people sign in through the identity provider: it marks the account as
    // invited and expiring until the first sign-in links it.
    const made = await newToken(trx, user, 'invitation', INVITATION_DAYS * 86_400_000, inviter?.id ?? null);
    // The token rides in the fragment: it never reaches a server log, a proxy or a Referer header.
    const link = ctx.auth.localPasswords ? appUrl(`/invitation#token=${made.token}`) : appUrl('/login');
    // A mail needs an address people can open: without PUBLIC_URL the administrator passes the link on.
    const mailed = mail.ready() && ctx.publicUrl !== null;
    if (mailed) {
      await mail.enqueue(
        trx,
        invitationMail(
          user.locale,
          user,
          inviter?.name ?? organisation,
          organisation,
          link,
          ctx.auth.localPasswords ? dateOf(made.expiresAt, user.locale) : null,
        ),
      );
    }
    await writeAudit(ctx, trx, {
      userId: actor.userId === 'system' ? null : actor.userId,
      conversationId: null,
      action: 'account.invited',
      details: { invitedUserId: user.id, role: user.role, mailed },
    });
    const token = (await trx.accountTokens.listOpen('invitation')).find((t) => t.userId === user.id)!;
    return {
      invitation: await toInvitation(trx, token, user),
      mailed,
      link: mailed ? null : link,
    };
  }

  return {
    /**
     * Mails a reset link when an active account has this address. The answer is the same whether or not it
     * has one (nobody learns which addresses have accounts), and at most RESETS_PER_HOUR mails go out per hour.
     */
    async requestPasswordReset(input: z.output<typeof passwordResetRequestSchema>): Promise<void> {
      if (!ctx.auth.localPasswords) throw new AppError('local_login_disabled');
      if (!mail.ready() || !ctx.publicUrl) throw new AppError('unavailable', { feature: 'mail' });
      const email = input.email.trim().toLowerCase();
      const found = await repos.users.findWithHash(email);
      if (!found || !found.active) return;
      const { passwordHash: _hash, ...user } = found;
      const hourAgo = new Date(ctx.clock.now().getTime() - 3_600_000).toISOString();
      if ((await repos.accountTokens.countSince(user.id, 'password_reset', hourAgo)) >= RESETS_PER_HOUR)
        return;
      const organisation = await organisationName();
      await ctx.storage.transaction(async (trx) => {
        const { token } = await newToken(trx, user, 'password_reset', RESET_MINUTES * 60_000, null);
        await mail.enqueue(
          trx,
          resetMail(user.locale, user, organisation, appUrl(`/password-reset#token=${token}`), RESET_MINUTES),
        );
        await writeAudit(ctx, trx, {
          userId: user.id,
          conversationId: null,
          action: 'account.password_reset_requested',
          details: {},
        });
      });
    },

    /** Sets a new password with a reset link; the link is spent, every session of the account ends. */
    async resetPassword(input: z.output<typeof passwordResetConfirmSchema>): Promise<void> {
      if (!ctx.auth.localPasswords) throw new AppError('local_login_disabled');
      const { found, user } = await validToken(input.token, 'password_reset').catch(
        async (error: unknown) => {
          // A wrong link costs the time of a right one.
          await verifyDummy(input.password);
          throw error;
        },
      );
      if (isWeakPassword(input.password, user.email, user.name)) throw new AppError('weak_password');
      const passwordHash = await hashPassword(input.password);
      await ctx.storage.transaction(async (trx) => {
        if (!(await trx.accountTokens.use(found.tokenHash, ctx.now()))) throw new AppError('link_invalid');
        await trx.users.setPasswordHash(user.id, passwordHash, ctx.now());
        await trx.accountTokens.revokeOpen(user.id, 'password_reset');
        await trx.sessions.deleteForUser(user.id);
        await writeAudit(ctx, trx, {
          userId: user.id,
          conversationId: null,
          action: 'account.password_reset',
          details: {},
        });
      });
      // Whoever holds the mailbox is the account's owner: earlier typos no longer lock them out.
      await throttle.succeeded(user.email);
    },

    /** Adds a pending account and mails the invitation (administrators). */
    async invite(actor: Actor, input: z.output<typeof invitationInputSchema>): Promise<InvitationResult> {
      requireAdmin(actor);
      if (!(await repos.organisation.get())) throw new AppError('setup_required');
      if (input.teamId && !(await repos.teams.find(input.teamId))) throw new AppError('team_not_found');
      const user: User = {
        id: ctx.ids.id(),
        email: input.email,
        name: input.name,
        role: input.role,
        teamId: input.teamId,
        locale: 'nl',
        contactCard: { name: input.name, role: '', phone: null, email: null, reachability: '' },
        active: true,
        createdAt: ctx.now(),
      };
      return ctx.storage.transaction(async (trx) => {
        await trx.users.create(user, NO_PASSWORD);
        return sendInvitation(actor, trx, user);
      });
    },

    /** Invitations not accepted yet, newest first (administrators). */
    async listInvitations(actor: Actor): Promise<Invitation[]> {
      requireAdmin(actor);
      const result: Invitation[] = [];
      for (const token of await repos.accountTokens.listOpen('invitation')) {
        const user = await repos.users.find(token.userId);
        if (user) result.push(await toInvitation(repos, token, user));
      }
      return result;
    },

    /** A new link for a pending account (the old one stops working), mailed again (administrators). */
    async resendInvitation(actor: Actor, userId: string): Promise<InvitationResult> {
      requireAdmin(actor);
      return ctx.storage.transaction(async (trx) => {
        const user = await trx.users.find(userId);
        const open = (await trx.accountTokens.listOpen('invitation')).some((t) => t.userId === userId);
        if (!user || !open) throw new AppError('user_not_found');
        return sendInvitation(actor, trx, user);
      });
    },

    /** Withdraws an invitation: the pending account is removed (administrators). */
    async revokeInvitation(actor: Actor, userId: string): Promise<void> {
      requireAdmin(actor);
      await ctx.storage.transaction(async (trx) => {
        const open = (await trx.accountTokens.listOpen('invitation')).some((t) => t.userId === userId);
        const hash = await trx.users.passwordHash(userId);
        if (!open || hash === null) throw new AppError('user_not_found');
        // Only an account nobody has used yet goes: one that signed in keeps its history.
        if (hash === NO_PASSWORD && !(await trx.identities.hasAny(userId))) await trx.users.delete(userId);
        else await trx.accountTokens.revokeOpen(userId, 'invitation');
        await writeAudit(ctx, trx, {
          userId: actor.userId === 'system' ? null : actor.userId,
          conversationId: null,
          action: 'account.invitation_revoked',
          details: { invitedUserId: userId },
        });
      });
    },

    /** Whose invitation a link is, before it is accepted. */
    async previewInvitation(token: string): Promise<InvitationPreview> {
      const { user } = await validToken(token, 'invitation');
      return {
        email: user.email,
        name: user.name,
        organisation: await organisationName(),
        setsPassword: ctx.auth.localPasswords,
      };
    },

    /** Accepts an invitation: sets the password, spends the link, and signs the person in. */
    async acceptInvitation(input: z.output<typeof invitationAcceptSchema>): Promise<SignedIn> {
      if (!ctx.auth.localPasswords) throw new AppError('local_login_disabled');
      const { found, user } = await validToken(input.token, 'invitation');
      if (isWeakPassword(input.password, user.email, user.name)) throw new AppError('weak_password');
      const passwordHash = await hashPassword(input.password);
      await ctx.storage.transaction(async (trx) => {
        if (!(await trx.accountTokens.use(found.tokenHash, ctx.now()))) throw new AppError('link_invalid');
        await trx.users.setPasswordHash(user.id, passwordHash, ctx.now());
        await writeAudit(ctx, trx, {
          userId: user.id,
          conversationId: null,
          action: 'account.invitation_accepted',
          details: {},
        });
      });
      return { user, ...(await startSession(ctx, user.id)) };
    },
  };
}
