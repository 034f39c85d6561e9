// Follow-up, insight and administration (issue 10): the organisation's settings (holiday calendar, reminder
// schedule, link lifetime), richer conversation types (default mode, default feedback questions, statutory
// terms), next steps that know the statutory rule and the day they count from, agreement history with
// evidence and deadline moves, the reminders sent (each at most once), invitations (hashed tokens only) and
// the leader's choice of a weekly digest. Portable types only (text, integer), one ADD COLUMN per statement.
import { sql, type Kysely } from 'kysely';

// The seeded types of 0001 named their statutory basis in words only; from now on a step names its rule.
const SEEDED_BASES: Record<string, string> = {
  'art. 2.3.2 lid 1 Wmo 2015': 'wmo-2.3.2',
  'art. 2.3.5 lid 2 Wmo 2015': 'wmo-2.3.5',
  'art. 9:11 lid 1 Awb': 'awb-9:11',
  'art. 7:10 lid 1 Awb': 'awb-7:10',
  'art. 6:7 Awb': 'awb-6:7',
};

/** Adds the tables and columns of follow-up and administration. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('organisation')
    .addColumn('holiday_region', 'text', (c) => c.notNull().defaultTo('NL'))
    .execute();
  // Working-day offsets from the deadline, as JSON: 2 before, on the day, 1 and 5 after.
  await db.schema
    .alterTable('organisation')
    .addColumn('reminder_schedule', 'text', (c) => c.notNull().defaultTo('[-2,0,1,5]'))
    .execute();
  await db.schema
    .alterTable('organisation')
    .addColumn('link_lifetime_days', 'integer', (c) => c.notNull().defaultTo(30))
    .execute();

  await db.schema.alterTable('conversation_types').addColumn('mode', 'text').execute();
  await db.schema
    .alterTable('conversation_types')
    .addColumn('feedback_questions', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();

  const types = await sql<{
    id: string;
    next_steps: string;
  }>`select id, next_steps from conversation_types`.execute(db);
  for (const row of types.rows) {
    let steps: { legalBasis?: string; legal?: unknown }[];
    try {
      steps = JSON.parse(row.next_steps);
    } catch {
      continue;
    }
    if (!Array.isArray(steps)) continue;
    let changed = false;
    for (const step of steps) {
      const rule = step.legalBasis ? SEEDED_BASES[step.legalBasis] : undefined;
      if (rule && !step.legal) {
        step.legal = { rule, variant: 'standard' };
        changed = true;
      }
    }
    if (changed) {
      await sql`update conversation_types set next_steps = ${JSON.stringify(steps)} where id = ${row.id}`.execute(
        db,
      );
    }
  }

  // A next step computed from a statutory rule remembers which, and the day it counts from.
  await db.schema.alterTable('expectations').addColumn('legal_rule', 'text').execute();
  await db.schema.alterTable('expectations').addColumn('legal_variant', 'text').execute();
  await db.schema.alterTable('expectations').addColumn('legal_from', 'text').execute();

  // History entries are status changes ('status') or deadline moves ('deadline', with the old and new day);
  // a "done" may carry evidence: a link and the day it was done.
  await db.schema
    .alterTable('agreement_history')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('status'))
    .execute();
  await db.schema.alterTable('agreement_history').addColumn('deadline_from', 'text').execute();
  await db.schema.alterTable('agreement_history').addColumn('deadline_to', 'text').execute();
  await db.schema.alterTable('agreement_history').addColumn('evidence_link', 'text').execute();
  await db.schema.alterTable('agreement_history').addColumn('done_on', 'text').execute();
  // The scheduler pass pages through open agreements by (deadline, id): one index range per page.
  await db.schema
    .createIndex('agreements_open_deadline_idx')
    .on('agreements')
    .columns(['status', 'deadline', 'id'])
    .execute();

  await db.schema
    .alterTable('users')
    .addColumn('weekly_digest', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  // One row per reminder that went out (or was decided against): the unique key makes "at most once" hold
  // across restarts and across several server processes.
  await db.schema
    .createTable('reminders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id').onDelete('cascade'))
    .addColumn('conversation_id', 'text', (c) =>
      c.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('offset_days', 'integer', (c) => c.notNull())
    /** 'leader' or the participant's id. */
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    /** 'sent', 'skipped_done', 'skipped_no_consent', … */
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('reminders_once', ['agreement_id', 'deadline', 'offset_days', 'recipient'])
    .execute();
  await db.schema
    .createIndex('reminders_conversation_idx')
    .on('reminders')
    .column('conversation_id')
    .execute();

  await db.schema
    .createTable('invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    /** SHA-256 (hex) of the invitation token; the token itself is never stored. */
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('invitations_user_idx').on('invitations').column('user_id').execute();

  // The coach's view reads conversations by leader and period, the steps' states and skip reasons, and the day
  // each done agreement was done: all from covering indexes, never from the rows themselves.
  await db.schema
    .createIndex('conversations_scope_idx')
    .on('conversations')
    .columns(['leader_id', 'starts_on', 'id', 'status'])
    .execute();
  await db.schema
    .createIndex('step_statuses_state_idx')
    .on('step_statuses')
    .columns(['conversation_id', 'step', 'state', 'skip_reason'])
    .execute();
  await db.schema
    .createIndex('agreement_history_done_idx')
    .on('agreement_history')
    .columns(['agreement_id', 'status', 'done_on', 'at'])
    .execute();

  // The admin's audit log is read by action and time (organisation changes have no conversation).
  await db.schema.createIndex('audit_log_action_idx').on('audit_log').columns(['action', 'at']).execute();
}

/** Removes the tables up() added (the columns stay: SQLite cannot drop columns with defaults portably). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('invitations').execute();
  await db.schema.dropTable('reminders').execute();
}
