// Sign-in with the organisation's account, local-account safety and privacy (issue 12): identities from the
// identity provider, pending OIDC sign-ins, login throttling, single-use account tokens (password
// reset), the access log, retention per conversation type, and the anonymised mark of a conversation.
// Only text and integer columns, as in 0001, so the same migration runs on SQLite and PostgreSQL.
import type { Kysely } from 'kysely';

/** Adds the tables and columns of issue 12. */
export async function up(db: Kysely<unknown>): Promise<void> {
  // An account at the identity provider (issuer + subject), linked to one user.
  await db.schema
    .createTable('user_identities')
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('user_identities_pk', ['issuer', 'subject'])
    .execute();
  await db.schema.createIndex('user_identities_user_idx').on('user_identities').column('user_id').execute();

  // A sign-in started at the identity provider: state (hashed), nonce and PKCE verifier stay on the server.
  await db.schema
    .createTable('oidc_flows')
    .addColumn('state_hash', 'text', (c) => c.primaryKey())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('return_to', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  // The ID token of an OIDC session, for the provider's logout (id_token_hint); null for local sessions.
  await db.schema.alterTable('sessions').addColumn('id_token', 'text').execute();

  // Failed sign-ins per account and per address, keyed by a hash (the table names nobody and no address).
  await db.schema
    .createTable('login_throttle')
    .addColumn('key_hash', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failure_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .execute();

  // Single-use tokens mailed to a person (password reset); only the SHA-256 is stored.
  await db.schema
    .createTable('account_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema
    .createIndex('account_tokens_user_idx')
    .on('account_tokens')
    .columns(['user_id', 'purpose'])
    .execute();

  // Who opened which record, when. No foreign keys: like the audit log it outlives a deleted conversation.
  await db.schema
    .createTable('access_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('access_log_conversation_idx')
    .on('access_log')
    .columns(['conversation_id', 'at'])
    .execute();
  await db.schema
    .createIndex('access_log_user_idx')
    .on('access_log')
    .columns(['user_id', 'conversation_id', 'at'])
    .execute();

  // Retention per conversation type: months after closing, then 'delete' or 'anonymise'; null keeps.
  await db.schema.alterTable('conversation_types').addColumn('retention_months', 'integer').execute();
  await db.schema.alterTable('conversation_types').addColumn('retention_action', 'text').execute();
  // When a conversation's personal data were removed by retention (it stays for the statistics).
  await db.schema.alterTable('conversations').addColumn('anonymised_at', 'text').execute();
}

/** Removes the tables and columns of issue 12. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('conversations').dropColumn('anonymised_at').execute();
  await db.schema.alterTable('conversation_types').dropColumn('retention_action').execute();
  await db.schema.alterTable('conversation_types').dropColumn('retention_months').execute();
  await db.schema.alterTable('sessions').dropColumn('id_token').execute();
  for (const table of ['access_log', 'account_tokens', 'login_throttle', 'oidc_flows', 'user_identities']) {
    await db.schema.dropTable(table).execute();
  }
}
