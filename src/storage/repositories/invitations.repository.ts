// Invitations: an administrator invites a colleague, who sets their own password through a link. Only the
// SHA-256 of the link's token is stored; a link works once, until it expires or is revoked.
import type { Executor } from './executor.ts';

export interface Invitation {
  id: string;
  userId: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
}

/** Invitations of new users. */
export function invitationsRepository(db: Executor) {
  return {
    /** Stores an invitation by the hash of its token. */
    async create(invitation: Invitation, tokenHash: string): Promise<void> {
      await db
        .insertInto('invitations')
        .values({
          id: invitation.id,
          user_id: invitation.userId,
          token_hash: tokenHash,
          created_by: invitation.createdBy,
          created_at: invitation.createdAt,
          expires_at: invitation.expiresAt,
          accepted_at: null,
          revoked_at: null,
        })
        .execute();
    },
    /** The invitation of a token hash that can still be used at `now`, or null. */
    async findUsable(tokenHash: string, now: string): Promise<Invitation | null> {
      const row = await db
        .selectFrom('invitations')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .where('accepted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return row
        ? {
            id: row.id,
            userId: row.user_id,
            createdBy: row.created_by,
            createdAt: row.created_at,
            expiresAt: row.expires_at,
            acceptedAt: row.accepted_at,
            revokedAt: row.revoked_at,
          }
        : null;
    },
    /** Marks an invitation used; false when it was used or revoked meanwhile (a second tab, a race). */
    async accept(id: string, at: string): Promise<boolean> {
      const result = await db
        .updateTable('invitations')
        .set({ accepted_at: at })
        .where('id', '=', id)
        .where('accepted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    /** Revokes every open invitation of a user (a new invitation replaces the old one). */
    async revokeForUser(userId: string, at: string): Promise<void> {
      await db
        .updateTable('invitations')
        .set({ revoked_at: at })
        .where('user_id', '=', userId)
        .where('accepted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .execute();
    },
  };
}
