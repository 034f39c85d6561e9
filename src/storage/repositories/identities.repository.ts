import type { Executor } from './executor.ts';

/** Accounts at the identity provider (issuer + subject) linked to users. */
export function identitiesRepository(db: Executor) {
  return {
    /** The user linked to an identity, or null. */
    async userFor(issuer: string, subject: string): Promise<string | null> {
      const row = await db
        .selectFrom('user_identities')
        .select('user_id')
        .where('issuer', '=', issuer)
        .where('subject', '=', subject)
        .executeTakeFirst();
      return row?.user_id ?? null;
    },
    /** Links an identity to a user. */
    async link(issuer: string, subject: string, userId: string, at: string): Promise<void> {
      await db
        .insertInto('user_identities')
        .values({ issuer, subject, user_id: userId, created_at: at, last_seen_at: at })
        .execute();
    },
    /** Records a sign-in with the identity. */
    async touch(issuer: string, subject: string, at: string): Promise<void> {
      await db
        .updateTable('user_identities')
        .set({ last_seen_at: at })
        .where('issuer', '=', issuer)
        .where('subject', '=', subject)
        .execute();
    },
    /** Whether a user has any linked identity. */
    async hasAny(userId: string): Promise<boolean> {
      const row = await db
        .selectFrom('user_identities')
        .select('user_id')
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}
