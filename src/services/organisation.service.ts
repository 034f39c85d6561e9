// Administration: users, teams and conversation types; and team statistics for coaches.
import type {
  organisationPatchSchema,
  conversationTypeInputSchema,
  conversationTypePatchSchema,
  teamInputSchema,
  userInputSchema,
  userPatchSchema,
} from '../core/index.ts';
import {
  AppError,
  STEP_KEYS,
  canSeeTeamStatistics,
  type Actor,
  type ConversationType,
  type Organisation,
  type StepKey,
  type Team,
  type User,
} from '../core/index.ts';
import type { z } from 'zod';
import { requireAdmin, writeAudit, type Context } from './context.ts';
import { hashPassword, isWeakPassword } from './secrets.ts';

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
    /** Changes the organisation's name or its general contact (administrators only; audited). */
    async updateOrganisation(
      actor: Actor,
      patch: z.output<typeof organisationPatchSchema>,
    ): Promise<Organisation> {
      requireAdmin(actor);
      return ctx.storage.transaction(async (trx) => {
        if (!(await trx.organisation.get())) throw new AppError('setup_required');
        await trx.organisation.update(patch);
        await writeAudit(ctx, trx, {
          userId: actor.userId,
          conversationId: null,
          action: 'organisation.updated',
          details: { fields: Object.keys(patch) },
        });
        return (await trx.organisation.get())!;
      });
    },

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
      };
      await repos.users.create(user, await hashPassword(input.password));
      return user;
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
        if (patch.active === false) await trx.sessions.deleteForUser(userId);
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
      await repos.teams.create(team, ctx.now());
      return team;
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
      await repos.conversationTypes.create(type, ctx.now());
      return type;
    },

    /** Changes a conversation type (administrators only). */
    async updateConversationType(
      actor: Actor,
      typeId: string,
      patch: z.output<typeof conversationTypePatchSchema>,
    ): Promise<ConversationType> {
      requireAdmin(actor);
      if (!(await repos.conversationTypes.find(typeId))) throw new AppError('conversation_type_not_found');
      await repos.conversationTypes.update(typeId, patch);
      return (await repos.conversationTypes.find(typeId))!;
    },
  };
}
