// Hardening (issue 13): the one-time setup code of a fresh installation, stored only as a hash.
import type { Kysely } from 'kysely';

/** Creates the setup-code table. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('setup_codes')
    // Always 1: at most one code is valid at a time; a new one replaces it.
    .addColumn('singleton', 'integer', (c) => c.primaryKey())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}

/** Drops it again. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('setup_codes').execute();
}
