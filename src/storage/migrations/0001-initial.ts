// The first schema. Only Kysely's schema builder with portable types (text, integer), so the same migration
// runs on SQLite and PostgreSQL.
import type { Kysely } from 'kysely';

/** Creates every table of the first version. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organisation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('singleton', 'integer', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('teams')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('team_id', 'text', (c) => c.references('teams.id').onDelete('set null'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('contact_card', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('users_team_idx').on('users').column('team_id').execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('conversation_types')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('next_steps', 'text', (c) => c.notNull())
    .addColumn('archived', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('conversations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type_id', 'text', (c) => c.notNull().references('conversation_types.id'))
    .addColumn('leader_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('starts_at_utc', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema
    .createIndex('conversations_leader_idx')
    .on('conversations')
    .columns(['leader_id', 'starts_at_utc'])
    .execute();

  await db.schema
    .createTable('closings')
    .addColumn('conversation_id', 'text', (c) =>
      c.primaryKey().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('summary_text', 'text', (c) => c.notNull())
    .addColumn('question_round_target_minutes', 'integer', (c) => c.notNull())
    .addColumn('question_round_started_at', 'text')
    .addColumn('contact_card', 'text')
    .addColumn('contact_shared', 'integer', (c) => c.notNull())
    .addColumn('feedback_asked', 'integer', (c) => c.notNull())
    .addColumn('feedback_notes', 'text', (c) => c.notNull())
    .addColumn('thanks_said', 'integer', (c) => c.notNull())
    .addColumn('thanks_message', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('step_statuses')
    .addColumn('conversation_id', 'text', (c) =>
      c.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('skip_reason', 'text')
    .addPrimaryKeyConstraint('step_statuses_pk', ['conversation_id', 'step'])
    .execute();

  await db.schema
    .createTable('participants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conversation_id', 'text', (c) =>
      c.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('contact_consent', 'integer', (c) => c.notNull())
    .addColumn('consent_recorded_at', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('participants_conversation_idx')
    .on('participants')
    .column('conversation_id')
    .execute();

  await db.schema
    .createTable('confirmations')
    .addColumn('conversation_id', 'text', (c) =>
      c.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('participant_id', 'text', (c) => c.notNull().references('participants.id').onDelete('cascade'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('correction', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('confirmations_pk', ['conversation_id', 'participant_id'])
    .execute();
  await db.schema
    .createIndex('confirmations_participant_idx')
    .on('confirmations')
    .column('participant_id')
    .execute();

  await db.schema
    .createTable('agreements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conversation_id', 'text', (c) =>
      c.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('source_text', 'text', (c) => c.notNull())
    .addColumn('owner', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text')
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('accepted_by', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('agreements_conversation_idx')
    .on('agreements')
    .column('conversation_id')
    .execute();

  await db.schema
    .createTable('agreement_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('by_user_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('agreement_history_agreement_idx')
    .on('agreement_history')
    .column('agreement_id')
    .execute();

  await db.schema
    .createTable('expectations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conversation_id', 'text', (c) =>
      c.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('expectations_conversation_idx')
    .on('expectations')
    .column('conversation_id')
    .execute();

  await db.schema
    .createTable('questions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conversation_id', 'text', (c) =>
      c.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('asked_by', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('questions_conversation_idx')
    .on('questions')
    .column('conversation_id')
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('conversation_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_log_conversation_idx')
    .on('audit_log')
    .columns(['conversation_id', 'at'])
    .execute();
}

/** Drops every table of the first version. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'audit_log',
    'questions',
    'expectations',
    'agreement_history',
    'agreements',
    'confirmations',
    'participants',
    'step_statuses',
    'closings',
    'conversations',
    'conversation_types',
    'sessions',
    'users',
    'teams',
    'organisation',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
