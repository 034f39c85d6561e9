// Sharing the record with the participants (issue 8): record versions, participant links (SHA-256 of the
// token only), deliveries, the participants' answers tied to what they answered, feedback, notifications for
// the leader, and a generic durable job queue (the mail outbox is its first kind). Portable types only (text,
// integer), one ADD COLUMN per statement (SQLite takes no more), so the same migration runs on both databases.
import type { Kysely } from 'kysely';

/** Adds the tables and columns of sharing and the job queue. */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Revisions: bumped when the text a participant answers to changes, so an answer names what it answered.
  await db.schema
    .alterTable('closings')
    .addColumn('summary_revision', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable('agreements')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  // A participant who marks their own agreement done through their link.
  await db.schema.alterTable('agreement_history').addColumn('by_participant_id', 'text').execute();
  // Existing confirmations were given to the text as it is now: revision 1, recorded by the leader.
  await db.schema
    .alterTable('confirmations')
    .addColumn('summary_revision', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable('confirmations')
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('leader'))
    .execute();
  await db.schema.alterTable('confirmations').addColumn('version', 'integer').execute();
  await db.schema.alterTable('confirmations').addColumn('answered_at', 'text').execute();
  await db.schema
    .alterTable('participants')
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('nl'))
    .execute();
  // Set by a person's action on their page (never by a GET: mail scanners open links before people do).
  await db.schema.alterTable('participants').addColumn('opened_at', 'text').execute();
  await db.schema.alterTable('participants').addColumn('feedback_at', 'text').execute();
  // The organisation's general contact (JSON), for the page a broken link gets.
  await db.schema.alterTable('organisation').addColumn('contact', 'text').execute();

  await db.schema
    .createTable('record_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conversation_id', 'text', (c) =>
      c.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    /** JSON of the conversation as it was shared. */
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addUniqueConstraint('record_versions_number_unique', ['conversation_id', 'number'])
    .execute();

  await db.schema
    .createTable('participant_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('conversation_id', 'text', (c) =>
      c.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('participant_id', 'text', (c) => c.notNull().references('participants.id').onDelete('cascade'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createIndex('participant_links_participant_idx')
    .on('participant_links')
    .columns(['participant_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('participant_links_conversation_idx')
    .on('participant_links')
    .column('conversation_id')
    .execute();

  await db.schema
    .createTable('deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conversation_id', 'text', (c) =>
      c.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('participant_id', 'text', (c) => c.notNull().references('participants.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text')
    .addColumn('link_id', 'text')
    .addColumn('message_id', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema
    .createIndex('deliveries_conversation_idx')
    .on('deliveries')
    .columns(['conversation_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('agreement_answers')
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id').onDelete('cascade'))
    .addColumn('participant_id', 'text', (c) => c.notNull().references('participants.id').onDelete('cascade'))
    .addColumn('conversation_id', 'text', (c) =>
      c.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('agreement_revision', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer')
    .addColumn('answered_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('agreement_answers_pk', ['agreement_id', 'participant_id'])
    .execute();
  await db.schema
    .createIndex('agreement_answers_conversation_idx')
    .on('agreement_answers')
    .column('conversation_id')
    .execute();
  await db.schema
    .createIndex('agreement_answers_participant_idx')
    .on('agreement_answers')
    .column('participant_id')
    .execute();

  await db.schema
    .createTable('participant_feedback')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conversation_id', 'text', (c) =>
      c.notNull().references('conversations.id').onDelete('cascade'),
    )
    // Null when the participant chose to give it without their name.
    .addColumn('participant_id', 'text', (c) => c.references('participants.id').onDelete('set null'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('score', 'integer')
    .addColumn('went_well', 'text', (c) => c.notNull())
    .addColumn('tip', 'text', (c) => c.notNull())
    // Only the day: an exact time would tie anonymous feedback to the person's other answers.
    .addColumn('given_on', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('participant_feedback_conversation_idx')
    .on('participant_feedback')
    .column('conversation_id')
    .execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('conversation_id', 'text', (c) =>
      c.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('participant_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema
    .createIndex('notifications_user_idx')
    .on('notifications')
    .columns(['user_id', 'read_at'])
    .execute();
  await db.schema
    .createIndex('notifications_conversation_idx')
    .on('notifications')
    .column('conversation_id')
    .execute();

  // The durable job queue: claimed with a lease, retried with backoff, a permanent failure kept.
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('lease_until', 'text')
    .addColumn('locked_by', 'text')
    .addColumn('last_error', 'text')
    // A job that must exist once (e.g. one reminder per agreement and day): a second enqueue is a no-op.
    .addColumn('idempotency_key', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('jobs_due_idx').on('jobs').columns(['status', 'run_at']).execute();
}

/** Removes what up() added (the columns stay: SQLite cannot drop columns with defaults portably). */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'jobs',
    'notifications',
    'participant_feedback',
    'agreement_answers',
    'deliveries',
    'participant_links',
    'record_versions',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
