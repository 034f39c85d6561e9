// Local accounts as people expect them: "wachtwoord vergeten" with a mailed link. Links carry 256 random bits,
// only their SHA-256 is stored, they work once and expire after 30 minutes, and a new link revokes the previous
// one. The mail is a job on the durable queue: the request commits the job, the job makes the link and sends
// it, so the token exists only in the mail (never in the jobs table) and a crash or a slow mail server loses
// nothing. Invitations of colleagues are the administration's (organisation.service.ts); their mail works the
// same way.
import type { z } from 'zod';
import type { passwordResetConfirmSchema, passwordResetRequestSchema } from '../core/index.ts';
import { AppError, MailSendError, type User } from '../core/index.ts';
import type { AccountToken, Repositories, StoredJob } from '../storage/index.ts';
import { resetMail } from './account-mail.ts';
import { writeAudit, type Context } from './context.ts';
import { JobError, type JobQueue } from './jobs.ts';
import { loginThrottle } from './login-throttle.ts';
import { hashPassword, hashToken, isWeakPassword, newSessionToken, verifyDummy } from './secrets.ts';
import { takeUpInvitation } from './organisation.service.ts';

/** How long a password-reset link works. */
export const RESET_MINUTES = 30;
/** At most this many reset mails per account per hour: a form cannot be used to flood someone's mailbox. */
export const RESETS_PER_HOUR = 3;
/** The job kind of a reset mail. */
export const RESET_MAIL_JOB = 'account.reset_mail';

/** Use cases of password reset; registers the reset mail's job on the queue. */
export function accountsService(ctx: Context, jobs: JobQueue) {
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
    if (!found || found.usedAt || Date.parse(found.expiresAt) <= now)
      throw new AppError('reset_link_invalid');
    const user = await repos.users.find(found.userId);
    if (!user || !user.active) throw new AppError('reset_link_invalid');
    return { found, user };
  }

  async function organisationName(): Promise<string> {
    return (await repos.organisation.get())?.name ?? 'Sluitstuk';
  }

  jobs.register(RESET_MAIL_JOB, {
    // A reset link lives 30 minutes: a mail that cannot go out within a few tries is of no use any more.
    maxAttempts: 4,
    async run(job: StoredJob) {
      const mailer = ctx.mailer;
      if (!mailer || !ctx.publicUrl) throw new JobError('mail_not_configured', true);
      const user = await repos.users.find(String(job.payload.userId ?? ''));
      if (!user || !user.active) return;
      // A fresh link per attempt: the previous one (if a try failed after making it) stops working.
      const { token } = await ctx.storage.transaction((trx) =>
        newToken(trx, user, 'password_reset', RESET_MINUTES * 60_000, null),
      );
      const message = resetMail({
        lang: user.locale,
        to: user,
        organisation: await organisationName(),
        link: appUrl(`/password-reset#token=${token}`),
        minutes: RESET_MINUTES,
        messageId: `<${job.id}.${job.attempts}@${ctx.publicUrl.hostname}>`,
      });
      try {
        await mailer.send(message);
      } catch (error) {
        const failure =
          error instanceof MailSendError
            ? error
            : new MailSendError('smtp_unreachable', false, String(error));
        throw new JobError(failure.code, failure.permanent);
      }
    },
  });

  return {
    /**
     * Mails a reset link when an active account has this address. The answer is the same whether or not it
     * has one (nobody learns which addresses have accounts), and at most RESETS_PER_HOUR mails go out per hour.
     */
    async requestPasswordReset(input: z.output<typeof passwordResetRequestSchema>): Promise<void> {
      if (!ctx.auth.localPasswords) throw new AppError('local_login_disabled');
      if (!ctx.mailer || !ctx.publicUrl) throw new AppError('unavailable', { feature: 'mail' });
      const email = input.email.trim().toLowerCase();
      const found = await repos.users.findWithHash(email);
      if (!found || !found.active) return;
      // One mail per account per window of 60/RESETS_PER_HOUR minutes: the idempotency key makes a second
      // request in the same window a no-op, whichever process takes it.
      const windowMs = 3_600_000 / RESETS_PER_HOUR;
      const window = Math.floor(ctx.clock.now().getTime() / windowMs);
      await ctx.storage.transaction(async (trx) => {
        const queued = await jobs.enqueue(
          trx,
          RESET_MAIL_JOB,
          { userId: found.id },
          { idempotencyKey: `${RESET_MAIL_JOB}:${found.id}:${window}` },
        );
        if (!queued) return;
        await writeAudit(ctx, trx, {
          userId: found.id,
          conversationId: null,
          action: 'account.password_reset_requested',
          details: {},
        });
      });
      jobs.wake();
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
        if (!(await trx.accountTokens.use(found.tokenHash, ctx.now())))
          throw new AppError('reset_link_invalid');
        await trx.users.setPasswordHash(user.id, passwordHash, ctx.now());
        // An invited colleague who chose a password through the reset mail has taken the invitation up.
        if (user.invited) await takeUpInvitation(ctx, trx, user.id, { method: 'password' });
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
  };
}
