// The leader's screens (issue 9): a question of the last round that became an agreement ("vervolg") keeps
// which agreement it became, so the question shows it and the closing check knows it was followed up.
import type { Kysely } from 'kysely';

/** Adds questions.agreement_id (no foreign key: SQLite cannot add one to an existing table; the service
 * clears it when the agreement goes). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('questions').addColumn('agreement_id', 'text').execute();
  // The default type of a new conversation is read from a leader's latest conversations.
  await db.schema
    .createIndex('conversations_leader_created_idx')
    .on('conversations')
    .columns(['leader_id', 'created_at'])
    .execute();
}

/** Removes what up() added. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('conversations_leader_created_idx').execute();
  await db.schema.alterTable('questions').dropColumn('agreement_id').execute();
}
