// Administration: users, teams and conversation types; and team statistics for coaches.
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
} from '../core/index.ts';
import type { z } from 'zod';
import { requireAdmin, writeAudit, type Context } from './context.ts';
import { hashPassword, hashToken, isWeakPassword, newSessionToken } from './secrets.ts';

/** How long an invitation link works. */
export const INVITATION_DAYS = 7;

/** A new colleague's account, waiting for them to choose a password through the link. */
export interface InvitedUser {
  user: User;
  /** The token for the invitation link; shown once, never stored (only its hash is). */
  token: string;
  expiresAt: string;
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

/** Use cases of administrators (users, teams, types) and of coaches (team statistics). */
export function organisationService(ctx: Context) {
  const repos = ctx.storage.repos;

  async function requireTeam(teamId: string | null | undefined): Promise<void> {
    if (teamId && !(await repos.teams.find(teamId))) throw new AppError('team_not_found');
  }

  return {
    /** Every user (administrators only). */
    async listUsers(actor: Actor): Promise<User[]> {
      requireAdmin(actor);
      return repos.users.list();
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

    /** Invites a colleague: an account without a password, and a link (7 days) to choose one. */
    async inviteUser(actor: Actor, input: z.output<typeof userInviteSchema>): Promise<InvitedUser> {
      requireAdmin(actor);
      if (!(await repos.organisation.get())) throw new AppError('setup_required');
      await requireTeam(input.teamId);
      const at = ctx.now();
      const user: User = {
        id: ctx.ids.id(),
        email: input.email,
        name: input.name,
        role: input.role,
        teamId: input.teamId,
        locale: 'nl',
        contactCard: { name: input.name, role: '', phone: null, email: null, reachability: '' },
        active: true,
        createdAt: at,
        weeklyDigest: false,
        invited: true,
      };
      const token = newSessionToken();
      const expiresAt = new Date(ctx.clock.now().getTime() + INVITATION_DAYS * 86_400_000).toISOString();
      await ctx.storage.transaction(async (trx) => {
        // No password yet: an empty hash never verifies, so the account cannot be signed in to.
        await trx.users.create(user, '');
        await trx.invitations.create(
          {
            id: ctx.ids.id(),
            userId: user.id,
            createdBy: actor.userId,
            createdAt: at,
            expiresAt,
            acceptedAt: null,
            revokedAt: null,
          },
          hashToken(token),
        );
        await writeAudit(ctx, trx, {
          at,
          userId: actor.userId,
          conversationId: null,
          action: 'user.invited',
          details: { targetUserId: user.id, role: user.role, teamId: user.teamId },
        });
      });
      return { user, token, expiresAt };
    },

    /** A new invitation link for someone who has not accepted yet; the old link stops working. */
    async reinviteUser(actor: Actor, userId: string): Promise<InvitedUser> {
      requireAdmin(actor);
      const token = newSessionToken();
      const at = ctx.now();
      const expiresAt = new Date(ctx.clock.now().getTime() + INVITATION_DAYS * 86_400_000).toISOString();
      const user = await ctx.storage.transaction(async (trx) => {
        const found = await trx.users.find(userId);
        if (!found) throw new AppError('user_not_found');
        if (!found.invited) throw new AppError('conflict', { reason: 'already_accepted' });
        await trx.invitations.revokeForUser(userId, at);
        await trx.invitations.create(
          {
            id: ctx.ids.id(),
            userId,
            createdBy: actor.userId,
            createdAt: at,
            expiresAt,
            acceptedAt: null,
            revokedAt: null,
          },
          hashToken(token),
        );
        await writeAudit(ctx, trx, {
          at,
          userId: actor.userId,
          conversationId: null,
          action: 'user.reinvited',
          details: { targetUserId: userId },
        });
        return found;
      });
      return { user, token, expiresAt };
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
      });
      const { passwordHash: _hash, ...user } = found;
      return user;
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
