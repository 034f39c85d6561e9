import { AppError, type ContactCard, type Role, type User } from '../../core/index.ts';
import type { Executor } from './executor.ts';
import type { UserTable } from '../tables.ts';
import { isUniqueViolation } from './errors.ts';
import { bit, bool, fromJson } from './json.ts';

/** The stored password hash of an account without a local password (OIDC only). */
export const NO_PASSWORD = '';

/** A user together with their password hash: only for signing in. */
export type UserWithHash = User & { passwordHash: string };

const EMPTY_CARD: ContactCard = { name: '', role: '', phone: null, email: null, reachability: '' };

/** A stored user row as the domain's User. */
export function toUser(
  row: Omit<UserTable, 'password_hash' | 'updated_at'> & { password_hash?: string },
): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    teamId: row.team_id,
    locale: row.locale === 'en' ? 'en' : 'nl',
    contactCard: fromJson(row.contact_card, EMPTY_CARD),
    active: bool(row.active),
    createdAt: row.created_at,
    weeklyDigest: bool(row.weekly_digest),
    // Its own fact (migration 0010): an account made by signing in with the organisation's account has no
    // password either, and is not invited.
    invited: bool(row.invited),
  };
}

/** Users with their roles; password hashes leave this file only through findWithHash. */
export function usersRepository(db: Executor) {
  return {
    /** How many users exist (0 before setup). */
    async count(): Promise<number> {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    /** How many active administrators exist. */
    async countActiveAdmins(): Promise<number> {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('role', '=', 'admin')
        .where('active', '=', 1)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    /** One user, or null. */
    async find(id: string): Promise<User | null> {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toUser(row) : null;
    },
    /** One user with the password hash, by (lower-case) e-mail, or null. */
    async findWithHash(email: string): Promise<UserWithHash | null> {
      const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
      return row ? { ...toUser(row), passwordHash: row.password_hash } : null;
    },
    /** The password hash of a user, or null. */
    async passwordHash(id: string): Promise<string | null> {
      const row = await db
        .selectFrom('users')
        .select('password_hash')
        .where('id', '=', id)
        .executeTakeFirst();
      return row?.password_hash ?? null;
    },
    /** All users by name. */
    async list(): Promise<User[]> {
      const rows = await db.selectFrom('users').selectAll().orderBy('name').orderBy('id').execute();
      return rows.map(toUser);
    },
    /** Adds a user; a taken e-mail address is refused. */
    async create(user: User, passwordHash: string): Promise<void> {
      try {
        await db
          .insertInto('users')
          .values({
            id: user.id,
            email: user.email,
            name: user.name,
            role: user.role,
            team_id: user.teamId,
            locale: user.locale,
            contact_card: JSON.stringify(user.contactCard),
            password_hash: passwordHash,
            active: bit(user.active),
            created_at: user.createdAt,
            updated_at: user.createdAt,
            weekly_digest: bit(user.weeklyDigest),
            invited: bit(user.invited),
          })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('email_taken');
        throw error;
      }
    },
    /** Changes the given fields of a user. */
    async update(
      id: string,
      patch: Partial<
        Pick<User, 'name' | 'role' | 'teamId' | 'locale' | 'contactCard' | 'active' | 'weeklyDigest'>
      >,
      updatedAt: string,
    ): Promise<void> {
      await db
        .updateTable('users')
        .set({
          ...(patch.name !== undefined ? { name: patch.name } : {}),
          ...(patch.role !== undefined ? { role: patch.role } : {}),
          ...(patch.teamId !== undefined ? { team_id: patch.teamId } : {}),
          ...(patch.locale !== undefined ? { locale: patch.locale } : {}),
          ...(patch.contactCard !== undefined ? { contact_card: JSON.stringify(patch.contactCard) } : {}),
          ...(patch.active !== undefined ? { active: bit(patch.active) } : {}),
          ...(patch.weeklyDigest !== undefined ? { weekly_digest: bit(patch.weeklyDigest) } : {}),
          updated_at: updatedAt,
        })
        .where('id', '=', id)
        .execute();
    },
    /** Ends the invited state: the person took the invitation up (a password, or a first sign-in). */
    async endInvited(id: string, updatedAt: string): Promise<void> {
      await db.updateTable('users').set({ invited: 0, updated_at: updatedAt }).where('id', '=', id).execute();
    },
    /** Replaces the password hash. */
    async setPasswordHash(id: string, passwordHash: string, updatedAt: string): Promise<void> {
      await db
        .updateTable('users')
        .set({ password_hash: passwordHash, updated_at: updatedAt })
        .where('id', '=', id)
        .execute();
    },
  };
}
