// Offline use (issue 12): a revision per conversation, so a write made on one device can say which version it
// was based on and the server refuses it when another device wrote in between (no silent overwrite); and the
// keys of changes already made, so a change sent twice (its answer lost on a bad connection, or sent by two
// tabs) is made once.
import type { Kysely } from 'kysely';

/** Adds conversations.revision and the idempotency_keys table. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('conversations')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable('idempotency_keys')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    // The conversation the change was made to (for a creation: the one it made).
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['user_id', 'key'])
    .execute();
  await db.schema
    .createIndex('idempotency_keys_created_at')
    .on('idempotency_keys')
    .column('created_at')
    .execute();
}

/** Drops them again. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('idempotency_keys').execute();
  await db.schema.alterTable('conversations').dropColumn('revision').execute();
}
