// Administration: users and their invitations (mailed through the job queue), teams and conversation types;
// and team statistics for coaches.
import type {
  conversationTypeInputSchema,
  conversationTypePatchSchema,
  organisationSettingsPatchSchema,
  teamInputSchema,
  userInputSchema,
  userInviteSchema,
  userPatchSchema,
} from '../core/index.ts';
import {
  AppError,
  INVITATION_DAYS,
  MailSendError,
  STEP_KEYS,
  canSeeTeamStatistics,
  type Actor,
  type AuditEntry,
  type ConversationType,
  type Organisation,
  type OrganisationSettings,
  type StepKey,
  type Team,
  type User,
  type UserListing,
  type InvitationMailState,
} from '../core/index.ts';
import type { z } from 'zod';
import { NO_PASSWORD, type Invitation, type Repositories, type StoredJob } from '../storage/index.ts';
import { invitationMail } from './account-mail.ts';
import { requireAdmin, writeAudit, type Context } from './context.ts';
import { JobError, type JobQueue } from './jobs.ts';
import { hashPassword, hashToken, isWeakPassword, newSessionToken } from './secrets.ts';

/** The job kind of an invitation mail. */
export const INVITATION_MAIL_JOB = 'account.invitation_mail';
/**
 * Tries of an invitation mail: with the queue's backoff the last is about eight hours after the first (a mail
 * server down for a morning), well inside the invitation's week.
 */
const INVITATION_MAIL_ATTEMPTS = 10;

/** A new colleague's account, waiting for them to take the invitation up. */
export interface InvitedUser {
  user: User;
  /** The token of the link the administrator may copy; shown once, never stored (only its hash is). */
  token: string;
  expiresAt: string;
  /** What happens with the mail: 'waiting' (on the queue) or 'off' (mail is not set up: copy the link). */
  mail: InvitationMailState;
}

/**
 * Ends an invited person's invitation because they took it up (`invitationId`: through that link, which must
 * still be open; else every open one, as on a first sign-in with the organisation's account): the account is
 * no longer invited, and the audit log says how. False when the link was used or revoked meanwhile.
 */
export async function takeUpInvitation(
  ctx: Context,
  trx: Repositories,
  userId: string,
  how: { method: 'password' | 'oidc'; invitationId?: string },
): Promise<boolean> {
  const at = ctx.now();
  if (how.invitationId) {
    // Used once: a second accept (another tab, a replay) finds it taken and changes nothing.
    if (!(await trx.invitations.accept(how.invitationId, at))) return false;
  } else {
    await trx.invitations.acceptForUser(userId, at);
  }
  await trx.users.endInvited(userId, at);
  await writeAudit(ctx, trx, {
    at,
    userId,
    conversationId: null,
    action: 'user.invitation_accepted',
    details: { method: how.method },
  });
  return true;
}

/** The mail state of an invitation as Beheer shows it, from its job on the queue. */
function mailStateOf(job: StoredJob | null): InvitationMailState {
  if (!job) return 'off';
  if (job.status === 'done') return 'sent';
  if (job.status === 'failed') return 'failed';
  return job.attempts > 0 && job.lastError ? 'retrying' : 'waiting';
}

/** Names of the fields present in a patch, for the audit log (never the values people typed). */
function fieldsOf(patch: object): string[] {
  return Object.entries(patch)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k);
}

/** Per step how often it was done, skipped or left open; no content. */
export interface TeamStatistics {
  teamId: string;
  conversations: number;
  closed: number;
  agreements: number;
  steps: Record<StepKey, { done: number; skipped: number; open: number }>;
}

/** Use cases of administrators (users, teams, types) and of coaches (team statistics); registers the invitation mail. */
export function organisationService(ctx: Context, jobs: JobQueue) {
  const repos = ctx.storage.repos;

  async function requireTeam(teamId: string | null | undefined): Promise<void> {
    if (teamId && !(await repos.teams.find(teamId))) throw new AppError('team_not_found');
  }

  /** Mail goes out only with an SMTP server and the public address the links in it point to. */
  const mailReady = () => ctx.mailer !== null && ctx.publicUrl !== null;
  const mailKey = (invitationId: string) => `${INVITATION_MAIL_JOB}:${invitationId}`;

  /**
   * The one way an invitation is made (first or again): earlier links of the person stop working, the new
   * invitation is stored by its token's hash, the administration's audit log notes it, and its mail goes on
   * the queue in the same transaction. The caller wakes the queue after the commit.
   */
  async function issueInvitation(
    trx: Repositories,
    actor: Actor,
    user: User,
    audit: { action: 'user.invited' | 'user.reinvited'; details: Record<string, unknown> },
  ): Promise<Omit<InvitedUser, 'user'>> {
    const at = ctx.now();
    const token = newSessionToken();
    const expiresAt = new Date(ctx.clock.now().getTime() + INVITATION_DAYS * 86_400_000).toISOString();
    const invitationId = ctx.ids.id();
    await trx.invitations.revokeForUser(user.id, at);
    await trx.invitations.create(
      {
        id: invitationId,
        userId: user.id,
        createdBy: actor.userId,
        createdAt: at,
        expiresAt,
        acceptedAt: null,
        revokedAt: null,
      },
      hashToken(token),
    );
    // Only the invitation's id: the job makes the mailed link itself, so no token is ever in the jobs table.
    const mail = mailReady()
      ? (await jobs.enqueue(
          trx,
          INVITATION_MAIL_JOB,
          { invitationId },
          { idempotencyKey: mailKey(invitationId), maxAttempts: INVITATION_MAIL_ATTEMPTS },
        ))
        ? 'waiting'
        : 'off'
      : 'off';
    await writeAudit(ctx, trx, {
      at,
      userId: actor.userId,
      conversationId: null,
      action: audit.action,
      details: { ...audit.details, targetUserId: user.id, mail: mail !== 'off' },
    });
    return { token, expiresAt, mail };
  }

  /** An invitation that can still be taken up, with its person. */
  async function openInvitation(id: string): Promise<{ invitation: Invitation; user: User } | null> {
    const invitation = await repos.invitations.find(id);
    if (!invitation || invitation.acceptedAt || invitation.revokedAt) return null;
    if (Date.parse(invitation.expiresAt) <= ctx.clock.now().getTime()) return null;
    const user = await repos.users.find(invitation.userId);
    return user && user.active && user.invited ? { invitation, user } : null;
  }

  jobs.register(INVITATION_MAIL_JOB, {
    maxAttempts: INVITATION_MAIL_ATTEMPTS,
    async run(job: StoredJob) {
      const mailer = ctx.mailer;
      if (!mailer || !ctx.publicUrl) throw new JobError('mail_not_configured', true);
      // Revoked, accepted or expired meanwhile: nothing to send any more.
      const open = await openInvitation(String(job.payload.invitationId ?? ''));
      if (!open) return;
      const { invitation, user } = open;
      const organisation = (await repos.organisation.get())?.name ?? 'Sluitstuk';
      const inviter = await repos.users.find(invitation.createdBy);
      // A fresh link per attempt: one a failed try may have made stops working. The copy link stays valid.
      const token = newSessionToken();
      await repos.invitations.setMailToken(invitation.id, hashToken(token));
      const message = invitationMail({
        lang: user.locale,
        to: user,
        inviter: inviter ? { name: inviter.name, email: inviter.email } : { name: organisation, email: '' },
        organisation,
        link: new URL(`/invite#${token}`, ctx.publicUrl).toString(),
        expiresAt: invitation.expiresAt,
        days: INVITATION_DAYS,
        oidcLabel: ctx.auth.localPasswords ? null : (ctx.auth.oidc?.label ?? organisation),
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
    /** Every user, an open invitation with the state of its mail (administrators only). */
    async listUsers(actor: Actor): Promise<UserListing[]> {
      requireAdmin(actor);
      const [users, open] = await Promise.all([repos.users.list(), repos.invitations.open()]);
      const byUser = new Map<string, Invitation>();
      for (const invitation of open)
        if (!byUser.has(invitation.userId)) byUser.set(invitation.userId, invitation);
      const now = ctx.clock.now().getTime();
      return Promise.all(
        users.map(async (user) => {
          const invitation = user.invited ? byUser.get(user.id) : undefined;
          if (!invitation) return { ...user, invitation: null };
          const job = await repos.jobs.findByKey(mailKey(invitation.id));
          return {
            ...user,
            invitation: {
              createdAt: invitation.createdAt,
              expiresAt: invitation.expiresAt,
              expired: Date.parse(invitation.expiresAt) <= now,
              mail: mailStateOf(job),
            },
          };
        }),
      );
    },

    /** Adds a user (administrators only; also used by the command line with a system actor). */
    async createUser(actor: Actor, input: z.output<typeof userInputSchema>): Promise<User> {
      requireAdmin(actor);
      // Accounts belong to an organisation: before setup (web or API) there is none to join.
      if (!(await repos.organisation.get())) throw new AppError('setup_required');
      await requireTeam(input.teamId);
      if (isWeakPassword(input.password, input.email, input.name)) throw new AppError('weak_password');
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
        weeklyDigest: false,
        invited: false,
      };
      const passwordHash = await hashPassword(input.password);
      await ctx.storage.transaction(async (trx) => {
        await trx.users.create(user, passwordHash);
        await writeAudit(ctx, trx, {
          userId: actor.userId,
          conversationId: null,
          action: 'user.created',
          details: { targetUserId: user.id, role: user.role, teamId: user.teamId },
        });
      });
      return user;
    },

    /** Invites a colleague: an account without a password, a link (INVITATION_DAYS days) and its mail. */
    async inviteUser(actor: Actor, input: z.output<typeof userInviteSchema>): Promise<InvitedUser> {
      requireAdmin(actor);
      if (!(await repos.organisation.get())) throw new AppError('setup_required');
      await requireTeam(input.teamId);
      const user: User = {
        id: ctx.ids.id(),
        email: input.email,
        name: input.name,
        role: input.role,
        teamId: input.teamId,
        locale: input.locale,
        contactCard: { name: input.name, role: '', phone: null, email: null, reachability: '' },
        active: true,
        createdAt: ctx.now(),
        weeklyDigest: false,
        invited: true,
      };
      const issued = await ctx.storage.transaction(async (trx) => {
        // No password yet: an empty hash never verifies, so the account cannot be signed in to with one.
        await trx.users.create(user, NO_PASSWORD);
        return issueInvitation(trx, actor, user, {
          action: 'user.invited',
          details: { role: user.role, teamId: user.teamId },
        });
      });
      jobs.wake();
      return { user, ...issued };
    },

    /** A new invitation for someone who has not taken it up yet: the old links stop working, a new mail goes. */
    async reinviteUser(actor: Actor, userId: string): Promise<InvitedUser> {
      requireAdmin(actor);
      const answer = await ctx.storage.transaction(async (trx) => {
        const found = await trx.users.find(userId);
        if (!found) throw new AppError('user_not_found');
        if (!found.invited) throw new AppError('conflict', { reason: 'already_accepted' });
        if (!found.active) throw new AppError('conflict', { reason: 'inactive' });
        return {
          user: found,
          ...(await issueInvitation(trx, actor, found, { action: 'user.reinvited', details: {} })),
        };
      });
      jobs.wake();
      return answer;
    },

    /** Changes a user's name, role, team or active state; the last active administrator stays one. */
    async updateUser(actor: Actor, userId: string, patch: z.output<typeof userPatchSchema>): Promise<User> {
      requireAdmin(actor);
      return ctx.storage.transaction(async (trx) => {
        const user = await trx.users.find(userId);
        if (!user) throw new AppError('user_not_found');
        if (patch.teamId && !(await trx.teams.find(patch.teamId))) throw new AppError('team_not_found');
        const losesAdmin =
          user.role === 'admin' &&
          user.active &&
          ((patch.role && patch.role !== 'admin') || patch.active === false);
        if (losesAdmin && (await trx.users.countActiveAdmins()) <= 1) {
          throw new AppError('conflict', { reason: 'last_admin' });
        }
        await trx.users.update(userId, patch, ctx.now());
        if (patch.active === false) {
          await trx.sessions.deleteForUser(userId);
          await trx.invitations.revokeForUser(userId, ctx.now());
        }
        await writeAudit(ctx, trx, {
          userId: actor.userId,
          conversationId: null,
          action: 'user.updated',
          details: {
            targetUserId: userId,
            fields: fieldsOf(patch),
            ...(patch.role ? { role: patch.role } : {}),
            ...(patch.active !== undefined ? { active: patch.active } : {}),
          },
        });
        return (await trx.users.find(userId))!;
      });
    },

    /** Sets a user's password (command line; administrators). Their sessions end. */
    async setPassword(actor: Actor, email: string, password: string): Promise<User> {
      requireAdmin(actor);
      const found = await repos.users.findWithHash(email.trim().toLowerCase());
      if (!found) throw new AppError('user_not_found');
      if (isWeakPassword(password, found.email, found.name)) throw new AppError('weak_password');
      const passwordHash = await hashPassword(password);
      await ctx.storage.transaction(async (trx) => {
        await trx.users.setPasswordHash(found.id, passwordHash, ctx.now());
        await trx.sessions.deleteForUser(found.id);
        // A password set for an invited colleague takes the place of the invitation.
        if (found.invited) await takeUpInvitation(ctx, trx, found.id, { method: 'password' });
      });
      const { passwordHash: _hash, ...user } = found;
      return { ...user, invited: false };
    },

    /** The administration's audit log, newest first (administrators only; names of fields, never content). */
    async auditLog(actor: Actor, limit: number): Promise<AuditEntry[]> {
      requireAdmin(actor);
      return repos.audit.organisation(limit);
    },

    /** Every team (any signed-in user: the web app shows team names). */
    async listTeams(_actor: Actor): Promise<Team[]> {
      return repos.teams.list();
    },

    /** Finds a team by its name (command line). */
    async findTeamByName(name: string): Promise<Team | null> {
      return repos.teams.findByName(name);
    },

    /** Adds a team (administrators only). */
    async createTeam(actor: Actor, input: z.output<typeof teamInputSchema>): Promise<Team> {
      requireAdmin(actor);
      const team: Team = { id: ctx.ids.id(), name: input.name };
      await ctx.storage.transaction(async (trx) => {
        await trx.teams.create(team, ctx.now());
        await writeAudit(ctx, trx, {
          userId: actor.userId,
          conversationId: null,
          action: 'team.created',
          details: { teamId: team.id },
        });
      });
      return team;
    },

    /** Renames a team (administrators only). */
    async renameTeam(actor: Actor, teamId: string, input: z.output<typeof teamInputSchema>): Promise<Team> {
      requireAdmin(actor);
      return ctx.storage.transaction(async (trx) => {
        if (!(await trx.teams.find(teamId))) throw new AppError('team_not_found');
        await trx.teams.rename(teamId, input.name);
        await writeAudit(ctx, trx, {
          userId: actor.userId,
          conversationId: null,
          action: 'team.renamed',
          details: { teamId },
        });
        return (await trx.teams.find(teamId))!;
      });
    },

    /** The organisation with its settings (every signed-in user: the screens need the name and region). */
    async settings(
      _actor: Actor,
    ): Promise<{ organisation: Organisation | null; settings: OrganisationSettings }> {
      return { organisation: await repos.organisation.get(), settings: await repos.organisation.settings() };
    },

    /** Changes the organisation's name, general contact or settings (administrators only); audited by field name. */
    async updateSettings(
      actor: Actor,
      patch: z.output<typeof organisationSettingsPatchSchema>,
    ): Promise<{ organisation: Organisation | null; settings: OrganisationSettings }> {
      requireAdmin(actor);
      await ctx.storage.transaction(async (trx) => {
        if (!(await trx.organisation.get())) throw new AppError('setup_required');
        const { name, contact, ...settings } = patch;
        await trx.organisation.update({ name, contact });
        await trx.organisation.updateSettings(settings);
        await writeAudit(ctx, trx, {
          userId: actor.userId,
          conversationId: null,
          action: 'organisation.updated',
          details: {
            fields: fieldsOf(patch),
            ...(patch.holidayRegion ? { holidayRegion: patch.holidayRegion } : {}),
            ...(patch.reminderSchedule ? { reminderSchedule: patch.reminderSchedule } : {}),
            ...(patch.linkLifetimeDays ? { linkLifetimeDays: patch.linkLifetimeDays } : {}),
          },
        });
      });
      return { organisation: await repos.organisation.get(), settings: await repos.organisation.settings() };
    },

    /** Counts for a team: its coach or an administrator; no conversation content. */
    async teamStatistics(actor: Actor, teamId: string): Promise<TeamStatistics> {
      if (!canSeeTeamStatistics(actor, teamId)) throw new AppError('forbidden');
      if (!(await repos.teams.find(teamId))) throw new AppError('team_not_found');
      const counts = await repos.statistics.team(teamId);
      const steps = Object.fromEntries(
        STEP_KEYS.map((key) => [key, { done: 0, skipped: 0, open: 0 }]),
      ) as TeamStatistics['steps'];
      for (const row of counts.steps) {
        const entry = steps[row.step as StepKey];
        if (entry && (row.state === 'done' || row.state === 'skipped' || row.state === 'open'))
          entry[row.state] = row.count;
      }
      return {
        teamId,
        conversations: counts.conversations,
        closed: counts.closed,
        agreements: counts.agreements,
        steps,
      };
    },

    /** Every conversation type, archived ones included (the web app hides them when starting a conversation). */
    async listConversationTypes(_actor: Actor): Promise<ConversationType[]> {
      return repos.conversationTypes.list();
    },

    /** Adds a conversation type (administrators only). */
    async createConversationType(
      actor: Actor,
      input: z.output<typeof conversationTypeInputSchema>,
    ): Promise<ConversationType> {
      requireAdmin(actor);
      const type: ConversationType = { ...input, id: ctx.ids.id(), archived: false };
      await ctx.storage.transaction(async (trx) => {
        await trx.conversationTypes.create(type, ctx.now());
        await writeAudit(ctx, trx, {
          userId: actor.userId,
          conversationId: null,
          action: 'conversation_type.created',
          details: {
            typeId: type.id,
            statutory: type.nextSteps.filter((s) => s.legal).map((s) => s.legal!.rule),
          },
        });
      });
      return type;
    },

    /** Changes a conversation type (administrators only). */
    async updateConversationType(
      actor: Actor,
      typeId: string,
      patch: z.output<typeof conversationTypePatchSchema>,
    ): Promise<ConversationType> {
      requireAdmin(actor);
      return ctx.storage.transaction(async (trx) => {
        if (!(await trx.conversationTypes.find(typeId))) throw new AppError('conversation_type_not_found');
        await trx.conversationTypes.update(typeId, patch);
        await writeAudit(ctx, trx, {
          userId: actor.userId,
          conversationId: null,
          action: 'conversation_type.updated',
          details: {
            typeId,
            fields: fieldsOf(patch),
            ...(patch.archived !== undefined ? { archived: patch.archived } : {}),
          },
        });
        return (await trx.conversationTypes.find(typeId))!;
      });
    },
  };
}
