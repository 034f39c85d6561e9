// Invitations by mail (issue 12): "invited" becomes its own fact on the user instead of a reading of an empty
// password hash (accounts made by signing in with the organisation's account have no password either, and are
// not invited), and an invitation gets a second link, the one in its mail: both are stored only as SHA-256,
// and both end with the invitation (accepted, revoked or expired). Only text and integer columns, as in 0001.
import { sql, type Kysely } from 'kysely';

/** Adds users.invited (filled from the invitations) and invitations.mail_token_hash. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('invited', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // Invited means: an administrator invited them, and they never took it up. Never took it up: no password,
  // no accepted invitation, and never signed in with the organisation's account (no linked identity).
  await sql`
    update users set invited = 1
    where password_hash = ''
      and exists (select 1 from invitations i where i.user_id = users.id)
      and not exists (select 1 from invitations i where i.user_id = users.id and i.accepted_at is not null)
      and not exists (select 1 from user_identities u where u.user_id = users.id)
  `.execute(db);
  await db.schema.alterTable('invitations').addColumn('mail_token_hash', 'text').execute();
  await db.schema
    .createIndex('invitations_mail_token_idx')
    .unique()
    .on('invitations')
    .column('mail_token_hash')
    .execute();
}

/** Drops them again. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('invitations_mail_token_idx').execute();
  await db.schema.alterTable('invitations').dropColumn('mail_token_hash').execute();
  await db.schema.alterTable('users').dropColumn('invited').execute();
}
