import { AppError, type Organisation } from '../../core/index.ts';
import type { Executor } from './executor.ts';
import { isUniqueViolation } from './errors.ts';

/** The one organisation of this installation. */
export function organisationRepository(db: Executor) {
  return {
    /** The organisation, or null before setup. */
    async get(): Promise<Organisation | null> {
      const row = await db.selectFrom('organisation').selectAll().executeTakeFirst();
      return row
        ? { id: row.id, name: row.name, createdAt: row.created_at, contact: row.contact ?? null }
        : null;
    },
    /** Changes the name or the general contact. */
    async update(patch: { name?: string; contact?: string | null }): Promise<void> {
      const values = {
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.contact !== undefined ? { contact: patch.contact || null } : {}),
      };
      if (Object.keys(values).length === 0) return;
      await db.updateTable('organisation').set(values).where('singleton', '=', 1).execute();
    },
    /** Creates it; a second one is refused by the unique singleton column (setup runs only once). */
    async create(organisation: Omit<Organisation, 'contact'> & { contact?: string | null }): Promise<void> {
      try {
        await db
          .insertInto('organisation')
          .values({
            id: organisation.id,
            singleton: 1,
            name: organisation.name,
            created_at: organisation.createdAt,
            contact: organisation.contact ?? null,
          })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('setup_already_done');
        throw error;
      }
    },
  };
}
