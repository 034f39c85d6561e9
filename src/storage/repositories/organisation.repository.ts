import { AppError, type Organisation } from '../../core/index.ts';
import type { Executor } from './executor.ts';
import { isUniqueViolation } from './errors.ts';

/** The one organisation of this installation. */
export function organisationRepository(db: Executor) {
  return {
    /** The organisation, or null before setup. */
    async get(): Promise<Organisation | null> {
      const row = await db.selectFrom('organisation').selectAll().executeTakeFirst();
      return row ? { id: row.id, name: row.name, createdAt: row.created_at } : null;
    },
    /** Creates it; a second one is refused by the unique singleton column (setup runs only once). */
    async create(organisation: Organisation): Promise<void> {
      try {
        await db
          .insertInto('organisation')
          .values({
            id: organisation.id,
            singleton: 1,
            name: organisation.name,
            created_at: organisation.createdAt,
          })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('setup_already_done');
        throw error;
      }
    },
  };
}
