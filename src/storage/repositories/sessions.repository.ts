import type { User } from '../../core/index.ts';
import { prepareOnPostgres } from '../db.ts';
import type { Executor } from './executor.ts';
import { toUser } from './users.repository.ts';

export interface StoredSession {
  tokenHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
  /** The ID token of an OIDC sign-in (for the provider's logout); absent for a local sign-in. */
  idToken?: string | null;
}

/** Sessions, keyed by the SHA-256 of their token (a stolen database holds no usable tokens). */
export function sessionsRepository(db: Executor) {
  return {
    /** Stores a new session. */
    async create(session: StoredSession): Promise<void> {
      await db
        .insertInto('sessions')
        .values({
          token_hash: session.tokenHash,
          user_id: session.userId,
          created_at: session.createdAt,
          expires_at: session.expiresAt,
          id_token: session.idToken ?? null,
        })
        .execute();
    },
    /** The ID token kept with an OIDC session, or null. */
    async idToken(tokenHash: string): Promise<string | null> {
      const row = await db
        .selectFrom('sessions')
        .select('id_token')
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row?.id_token ?? null;
    },
    /** The session with this token hash, or null. */
    async find(tokenHash: string): Promise<StoredSession | null> {
      const row = await db
        .selectFrom('sessions')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row
        ? {
            tokenHash: row.token_hash,
            userId: row.user_id,
            createdAt: row.created_at,
            expiresAt: row.expires_at,
          }
        : null;
    },
    /** The session with this token hash and its user (null when the user is gone), in one query; or null. */
    async findWithUser(tokenHash: string): Promise<{ session: StoredSession; user: User | null } | null> {
      const query = db
        .selectFrom('sessions')
        .leftJoin('users', 'users.id', 'sessions.user_id')
        .select([
          'sessions.token_hash',
          'sessions.user_id',
          'sessions.created_at as session_created_at',
          'sessions.expires_at',
          'users.id',
          'users.email',
          'users.name',
          'users.role',
          'users.team_id',
          'users.locale',
          'users.contact_card',
          'users.active',
          'users.created_at',
          'users.weekly_digest',
          'users.invited',
        ])
        .where('sessions.token_hash', '=', tokenHash)
        .compile();
      // Every API request runs this: planned once per PostgreSQL connection.
      prepareOnPostgres(query.sql);
      const row = (await db.executeQuery(query)).rows[0];
      if (!row) return null;
      const session = {
        tokenHash: row.token_hash,
        userId: row.user_id,
        createdAt: row.session_created_at,
        expiresAt: row.expires_at,
      };
      if (row.id === null) return { session, user: null };
      return {
        session,
        user: toUser({
          id: row.id,
          email: row.email!,
          name: row.name!,
          role: row.role!,
          team_id: row.team_id,
          locale: row.locale!,
          contact_card: row.contact_card!,
          active: row.active!,
          created_at: row.created_at!,
          weekly_digest: row.weekly_digest!,
          invited: row.invited!,
        }),
      };
    },
    /** Moves the expiry of a session. */
    async extend(tokenHash: string, expiresAt: string): Promise<void> {
      await db
        .updateTable('sessions')
        .set({ expires_at: expiresAt })
        .where('token_hash', '=', tokenHash)
        .execute();
    },
    /** Ends one session. */
    async delete(tokenHash: string): Promise<void> {
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },
    /** Ends every session of a user, except optionally one. */
    async deleteForUser(userId: string, exceptTokenHash?: string): Promise<void> {
      let query = db.deleteFrom('sessions').where('user_id', '=', userId);
      if (exceptTokenHash) query = query.where('token_hash', '!=', exceptTokenHash);
      await query.execute();
    },
    /** Removes sessions that expired before the given instant. */
    async deleteExpired(now: string): Promise<void> {
      await db.deleteFrom('sessions').where('expires_at', '<', now).execute();
    },
  };
}
