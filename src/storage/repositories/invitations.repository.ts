// Invitations: an administrator invites a colleague, who sets their own password (or signs in with the
// organisation's account) through a link. An invitation has two links: the one the administrator may copy, and
// the one in its mail (made by the mail job). Only the SHA-256 of each token is stored; the invitation is used
// once, so either link works until one of them is used, the invitation expires or it is revoked.
import type { Executor } from './executor.ts';
import type { InvitationTable } from '../tables.ts';

export interface Invitation {
  id: string;
  userId: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
}

function toInvitation(row: InvitationTable): Invitation {
  return {
    id: row.id,
    userId: row.user_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
    revokedAt: row.revoked_at,
  };
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
          mail_token_hash: null,
        })
        .execute();
    },
    /** One invitation, or null. */
    async find(id: string): Promise<Invitation | null> {
      const row = await db.selectFrom('invitations').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toInvitation(row) : null;
    },
    /** Sets the hash of the mailed link's token (each try of the mail job makes a new one). */
    async setMailToken(id: string, tokenHash: string): Promise<void> {
      await db.updateTable('invitations').set({ mail_token_hash: tokenHash }).where('id', '=', id).execute();
    },
    /** Invitations neither accepted nor revoked (expired ones included), newest first. */
    async open(): Promise<Invitation[]> {
      const rows = await db
        .selectFrom('invitations')
        .selectAll()
        .where('accepted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(toInvitation);
    },
    /** The invitation of a token hash (either of its links) that can still be used at `now`, or null. */
    async findUsable(tokenHash: string, now: string): Promise<Invitation | null> {
      const row = await db
        .selectFrom('invitations')
        .selectAll()
        .where((eb) => eb.or([eb('token_hash', '=', tokenHash), eb('mail_token_hash', '=', tokenHash)]))
        .where('accepted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return row ? toInvitation(row) : null;
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
    /** Marks every open invitation of a user accepted (a first sign-in with the organisation's account). */
    async acceptForUser(userId: string, at: string): Promise<number> {
      const result = await db
        .updateTable('invitations')
        .set({ accepted_at: at })
        .where('user_id', '=', userId)
        .where('accepted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
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
