import {
  AppError,
  DEFAULT_LINK_LIFETIME_DAYS,
  DEFAULT_REMINDER_SCHEDULE,
  HOLIDAY_REGIONS,
  type HolidayRegion,
  type Organisation,
  type OrganisationSettings,
} from '../../core/index.ts';
import { fromJson } from './json.ts';
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
            holiday_region: 'NL',
            reminder_schedule: JSON.stringify(DEFAULT_REMINDER_SCHEDULE),
            link_lifetime_days: DEFAULT_LINK_LIFETIME_DAYS,
            contact: organisation.contact ?? null,
          })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('setup_already_done');
        throw error;
      }
    },
    /** The organisation's settings; the defaults before setup. */
    async settings(): Promise<OrganisationSettings> {
      const row = await db
        .selectFrom('organisation')
        .select(['holiday_region', 'reminder_schedule', 'link_lifetime_days'])
        .executeTakeFirst();
      if (!row) {
        return {
          holidayRegion: 'NL',
          reminderSchedule: [...DEFAULT_REMINDER_SCHEDULE],
          linkLifetimeDays: DEFAULT_LINK_LIFETIME_DAYS,
        };
      }
      return {
        holidayRegion: (HOLIDAY_REGIONS as readonly string[]).includes(row.holiday_region)
          ? (row.holiday_region as HolidayRegion)
          : 'NL',
        reminderSchedule: fromJson<number[]>(row.reminder_schedule, [...DEFAULT_REMINDER_SCHEDULE]),
        linkLifetimeDays: Number(row.link_lifetime_days),
      };
    },
    /** Changes the given settings. */
    async updateSettings(patch: Partial<OrganisationSettings>): Promise<void> {
      const values = {
        ...(patch.holidayRegion !== undefined ? { holiday_region: patch.holidayRegion } : {}),
        ...(patch.reminderSchedule !== undefined
          ? { reminder_schedule: JSON.stringify(patch.reminderSchedule) }
          : {}),
        ...(patch.linkLifetimeDays !== undefined ? { link_lifetime_days: patch.linkLifetimeDays } : {}),
      };
      if (Object.keys(values).length === 0) return;
      await db.updateTable('organisation').set(values).where('singleton', '=', 1).execute();
    },
  };
}
