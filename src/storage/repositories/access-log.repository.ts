import type { Executor } from './executor.ts';

/** One opening of a record. */
export interface AccessEntry {
  id: string;
  at: string;
  userId: string;
  conversationId: string;
  action: string;
}

/** Who opened which record, when: append-only. */
export function accessLogRepository(db: Executor) {
  return {
    /** Appends an entry. */
    async add(entry: AccessEntry): Promise<void> {
      await db
        .insertInto('access_log')
        .values({
          id: entry.id,
          at: entry.at,
          user_id: entry.userId,
          conversation_id: entry.conversationId,
          action: entry.action,
        })
        .execute();
    },
    /** True when the user did this to the conversation at or after the instant (to log a burst once). */
    async hasSince(userId: string, conversationId: string, action: string, since: string): Promise<boolean> {
      const row = await db
        .selectFrom('access_log')
        .select('id')
        .where('user_id', '=', userId)
        .where('conversation_id', '=', conversationId)
        .where('at', '>=', since)
        .where('action', '=', action)
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },
    /** The entries of a conversation, newest first, with the user's name (null when the account is gone). */
    async forConversation(conversationId: string): Promise<(AccessEntry & { userName: string | null })[]> {
      const rows = await db
        .selectFrom('access_log')
        .leftJoin('users', 'users.id', 'access_log.user_id')
        .select([
          'access_log.id',
          'access_log.at',
          'access_log.user_id',
          'access_log.conversation_id',
          'access_log.action',
          'users.name',
        ])
        .where('access_log.conversation_id', '=', conversationId)
        .orderBy('access_log.at', 'desc')
        .orderBy('access_log.id', 'desc')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        at: row.at,
        userId: row.user_id,
        conversationId: row.conversation_id,
        action: row.action,
        userName: row.name,
      }));
    },
    /** Removes entries older than an instant (the log's own retention). */
    async deleteBefore(before: string): Promise<number> {
      const result = await db.deleteFrom('access_log').where('at', '<', before).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
