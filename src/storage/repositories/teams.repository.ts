import { AppError, type Team } from '../../core/index.ts';
import type { Executor } from './executor.ts';
import { isUniqueViolation } from './errors.ts';

/** Teams of the organisation. */
export function teamsRepository(db: Executor) {
  return {
    /** All teams by name. */
    async list(): Promise<Team[]> {
      const rows = await db.selectFrom('teams').select(['id', 'name']).orderBy('name').execute();
      return rows;
    },
    /** One team, or null. */
    async find(id: string): Promise<Team | null> {
      return (
        (await db.selectFrom('teams').select(['id', 'name']).where('id', '=', id).executeTakeFirst()) ?? null
      );
    },
    /** One team by its exact name, or null. */
    async findByName(name: string): Promise<Team | null> {
      return (
        (await db.selectFrom('teams').select(['id', 'name']).where('name', '=', name).executeTakeFirst()) ??
        null
      );
    },
    /** Renames a team; a name another team has is a conflict. */
    async rename(id: string, name: string): Promise<void> {
      try {
        await db.updateTable('teams').set({ name }).where('id', '=', id).execute();
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('conflict', { field: 'name' });
        throw error;
      }
    },
    /** Adds a team; a duplicate name is a conflict. */
    async create(team: Team, createdAt: string): Promise<void> {
      try {
        await db
          .insertInto('teams')
          .values({ id: team.id, name: team.name, created_at: createdAt })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('conflict', { field: 'name' });
        throw error;
      }
    },
  };
}
