import type { Executor } from './executor.ts';

export type AccountTokenPurpose = 'password_reset';

/** A mailed single-use token as stored (hash only). */
export interface AccountToken {
  tokenHash: string;
  purpose: AccountTokenPurpose;
  userId: string;
  createdBy: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

function toToken(row: {
  token_hash: string;
  purpose: string;
  user_id: string;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}): AccountToken {
  return {
    tokenHash: row.token_hash,
    purpose: row.purpose as AccountTokenPurpose,
    userId: row.user_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
  };
}

/** Password-reset tokens: single use, expiring, revocable. */
export function accountTokensRepository(db: Executor) {
  return {
    /** Stores a new token. */
    async create(token: AccountToken): Promise<void> {
      await db
        .insertInto('account_tokens')
        .values({
          token_hash: token.tokenHash,
          purpose: token.purpose,
          user_id: token.userId,
          created_by: token.createdBy,
          created_at: token.createdAt,
          expires_at: token.expiresAt,
          used_at: token.usedAt,
        })
        .execute();
    },
    /** The token of a hash and purpose, used or not, or null. */
    async find(tokenHash: string, purpose: AccountTokenPurpose): Promise<AccountToken | null> {
      const row = await db
        .selectFrom('account_tokens')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .where('purpose', '=', purpose)
        .executeTakeFirst();
      return row ? toToken(row) : null;
    },
    /** Marks a token used when it is still unused and unexpired; false when someone was first, or it expired. */
    async use(tokenHash: string, now: string): Promise<boolean> {
      const result = await db
        .updateTable('account_tokens')
        .set({ used_at: now })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    /** Deletes the unused tokens of a user for a purpose (a new link replaces the old one). */
    async revokeOpen(userId: string, purpose: AccountTokenPurpose): Promise<void> {
      await db
        .deleteFrom('account_tokens')
        .where('user_id', '=', userId)
        .where('purpose', '=', purpose)
        .where('used_at', 'is', null)
        .execute();
    },
    /** How many tokens of a purpose were made for a user since an instant (to limit mails). */
    async countSince(userId: string, purpose: AccountTokenPurpose, since: string): Promise<number> {
      const row = await db
        .selectFrom('account_tokens')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('user_id', '=', userId)
        .where('purpose', '=', purpose)
        .where('created_at', '>=', since)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    /** Removes tokens that expired or were used before an instant. */
    async deleteOld(before: string): Promise<void> {
      await db
        .deleteFrom('account_tokens')
        .where((eb) => eb.or([eb('expires_at', '<', before), eb('used_at', '<', before)]))
        .execute();
    },
  };
}
