import type { Executor } from './executor.ts';

/** The stored form of the current setup code. */
export interface StoredSetupCode {
  codeHash: string;
  createdAt: string;
  expiresAt: string;
}

/** The one-time setup code of a fresh installation (its hash only). */
export function setupCodesRepository(db: Executor) {
  return {
    /** The current code, or null when none was issued (or it was used). */
    async get(): Promise<StoredSetupCode | null> {
      const row = await db.selectFrom('setup_codes').selectAll().executeTakeFirst();
      return row ? { codeHash: row.code_hash, createdAt: row.created_at, expiresAt: row.expires_at } : null;
    },
    /** Stores a new code; the earlier one stops working. */
    async replace(code: StoredSetupCode): Promise<void> {
      await db.deleteFrom('setup_codes').execute();
      await db
        .insertInto('setup_codes')
        .values({
          singleton: 1,
          code_hash: code.codeHash,
          created_at: code.createdAt,
          expires_at: code.expiresAt,
        })
        .execute();
    },
    /** Removes the code (after a successful setup). */
    async clear(): Promise<void> {
      await db.deleteFrom('setup_codes').execute();
    },
  };
}
