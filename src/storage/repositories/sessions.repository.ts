import type { Executor } from './executor.ts';

export interface StoredSession {
  tokenHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
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
        })
        .execute();
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
