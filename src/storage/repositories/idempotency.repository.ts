import type { Executor } from './executor.ts';

/** How long a change's key is kept: a device offline for weeks still sends its changes only once. */
const KEEP_DAYS = 90;

/** Keys of changes already made (0009), per user: a change sent again with the same key is not repeated. */
export function idempotencyRepository(db: Executor) {
  return {
    /** The change made under this key, or null. */
    async find(userId: string, key: string): Promise<{ conversationId: string } | null> {
      const row = await db
        .selectFrom('idempotency_keys')
        .select('conversation_id')
        .where('user_id', '=', userId)
        .where('key', '=', key)
        .executeTakeFirst();
      return row ? { conversationId: row.conversation_id } : null;
    },

    /** Records a change made under a key; keys older than KEEP_DAYS go at the same time. */
    async insert(userId: string, key: string, conversationId: string, at: string): Promise<void> {
      const before = new Date(Date.parse(at) - KEEP_DAYS * 86_400_000).toISOString();
      await db.deleteFrom('idempotency_keys').where('created_at', '<', before).execute();
      await db
        .insertInto('idempotency_keys')
        .values({ user_id: userId, key, conversation_id: conversationId, created_at: at })
        .execute();
    },
  };
}
