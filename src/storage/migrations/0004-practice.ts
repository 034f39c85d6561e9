// Practice (issue 11): each leader's attempts at a scenario, and what the leader chose to share with the coach
// of their team. Only text and integer columns, so the same migration runs on SQLite and PostgreSQL.
import type { Kysely } from 'kysely';

/** Creates the practice attempts table. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('practice_attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('scenario_id', 'text', (c) => c.notNull())
    // The title as it was, so the history still reads well when a scenario file is renamed or removed.
    .addColumn('scenario_title', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('seed', 'integer', (c) => c.notNull())
    .addColumn('beginner', 'integer', (c) => c.notNull())
    // JSON array of the leader's turns: the engine replays them, so the conversation itself need not be kept.
    .addColumn('turns', 'text', (c) => c.notNull())
    .addColumn('end_state', 'text', (c) => c.notNull())
    .addColumn('score_total', 'integer', (c) => c.notNull())
    // JSON object of the score per part.
    .addColumn('scores', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    // Sharing: only scores, only with the coach of the team the leader was in when sharing.
    .addColumn('shared', 'integer', (c) => c.notNull())
    .addColumn('shared_team_id', 'text', (c) => c.references('teams.id').onDelete('set null'))
    .addColumn('shared_at', 'text')
    .execute();
  await db.schema
    .createIndex('practice_attempts_user_idx')
    .on('practice_attempts')
    .columns(['user_id', 'scenario_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('practice_attempts_shared_idx')
    .on('practice_attempts')
    .columns(['shared_team_id', 'shared'])
    .execute();
}

/** Removes the practice attempts table. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('practice_attempts').execute();
}
