import type { Executor } from './executor.ts';

/** The failed sign-ins counted for one key (an account or an address, hashed). */
export interface ThrottleState {
  failures: number;
  lastFailureAt: string;
  lockedUntil: string | null;
}

/** Failed sign-in counters. */
export function loginThrottleRepository(db: Executor) {
  return {
    /** The counters of the keys that have any. */
    async get(keyHashes: string[]): Promise<Map<string, ThrottleState>> {
      const result = new Map<string, ThrottleState>();
      if (keyHashes.length === 0) return result;
      const rows = await db
        .selectFrom('login_throttle')
        .selectAll()
        .where('key_hash', 'in', keyHashes)
        .execute();
      for (const row of rows) {
        result.set(row.key_hash, {
          failures: Number(row.failures),
          lastFailureAt: row.last_failure_at,
          lockedUntil: row.locked_until,
        });
      }
      return result;
    },
    /** Stores the counter of a key. */
    async put(keyHash: string, state: ThrottleState): Promise<void> {
      await db
        .insertInto('login_throttle')
        .values({
          key_hash: keyHash,
          failures: state.failures,
          last_failure_at: state.lastFailureAt,
          locked_until: state.lockedUntil,
        })
        .onConflict((oc) =>
          oc.column('key_hash').doUpdateSet({
            failures: state.failures,
            last_failure_at: state.lastFailureAt,
            locked_until: state.lockedUntil,
          }),
        )
        .execute();
    },
    /** Forgets a key (after a successful sign-in or a password reset). */
    async clear(keyHash: string): Promise<void> {
      await db.deleteFrom('login_throttle').where('key_hash', '=', keyHash).execute();
    },
    /** Forgets counters whose last failure is older than the given instant and that are no longer locked. */
    async deleteStale(before: string, now: string): Promise<void> {
      await db
        .deleteFrom('login_throttle')
        .where('last_failure_at', '<', before)
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
        .execute();
    },
  };
}
