// Limits on failed sign-ins, per account and per address. Only failures count, so colleagues who sign in
// correctly behind one municipal network never use up each other's attempts; an account is locked after a few
// failures, an address only after many (a password-spraying machine, not a busy office). A lock lasts one
// minute and doubles with each further failure, up to fifteen minutes; counters are forgotten an hour after
// the last failure. The table keeps only SHA-256 hashes of the keys: it names no person and no address.
import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import { AppError } from '../core/index.ts';
import type { ThrottleState } from '../storage/index.ts';
import type { Context } from './context.ts';

/** The limits: free failures before a lock, the first lock, the longest lock, and when counters are forgotten. */
export const LOGIN_LIMITS = {
  account: { freeFailures: 5 },
  address: { freeFailures: 50 },
  firstLockSeconds: 60,
  maxLockSeconds: 15 * 60,
  forgetAfterSeconds: 3600,
} as const;

/** The key of an address: IPv4 as it is, IPv6 by its /64 network (one machine has a whole /64 to rotate through). */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (isIP(address) !== 6) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return (
    groups
      .slice(0, 4)
      .map((g) => g.replace(/^0+(?=.)/, ''))
      .join(':') + '::/64'
  );
}

function keyHash(key: string): string {
  return createHash('sha256').update('sluitstuk-login\0').update(key).digest('hex');
}

/** The lock after the given number of failures (0 while still free). */
export function lockSeconds(failures: number, freeFailures: number): number {
  if (failures < freeFailures) return 0;
  return Math.min(
    LOGIN_LIMITS.maxLockSeconds,
    LOGIN_LIMITS.firstLockSeconds * 2 ** (failures - freeFailures),
  );
}

/** Checking and counting failed sign-ins of one account from one address. */
export function loginThrottle(ctx: Context) {
  const repos = ctx.storage.repos;
  const keys = (email: string, address: string | null) => ({
    account: keyHash('account:' + email.trim().toLowerCase()),
    address: address ? keyHash('address:' + addressKey(address)) : null,
  });

  function waitOf(state: ThrottleState | undefined, now: number): number {
    if (!state?.lockedUntil) return 0;
    return Math.max(0, Math.ceil((Date.parse(state.lockedUntil) - now) / 1000));
  }

  return {
    /** Refuses with login_throttled (and how long to wait) while the account or the address is locked. */
    async check(email: string, address: string | null): Promise<void> {
      const k = keys(email, address);
      const states = await repos.loginThrottle.get([k.account, ...(k.address ? [k.address] : [])]);
      const now = ctx.clock.now().getTime();
      const accountWait = waitOf(states.get(k.account), now);
      const addressWait = k.address ? waitOf(states.get(k.address), now) : 0;
      if (accountWait > 0 || addressWait > 0) {
        const scope = accountWait >= addressWait ? 'account' : 'address';
        const retryAfterSeconds = Math.max(accountWait, addressWait);
        throw new AppError('login_throttled', {
          scope,
          retryAfterSeconds,
          retryAt: new Date(now + retryAfterSeconds * 1000).toISOString(),
        });
      }
    },

    /** Counts a failed sign-in for the account and the address, locking them when past their free failures. */
    async failed(email: string, address: string | null): Promise<void> {
      const k = keys(email, address);
      const entries: [string, number][] = [[k.account, LOGIN_LIMITS.account.freeFailures]];
      if (k.address) entries.push([k.address, LOGIN_LIMITS.address.freeFailures]);
      const states = await repos.loginThrottle.get(entries.map(([key]) => key));
      const now = ctx.clock.now();
      const forgetBefore = now.getTime() - LOGIN_LIMITS.forgetAfterSeconds * 1000;
      for (const [key, free] of entries) {
        const previous = states.get(key);
        const stale = !previous || Date.parse(previous.lastFailureAt) < forgetBefore;
        const failures = stale ? 1 : previous.failures + 1;
        const lock = lockSeconds(failures, free);
        await repos.loginThrottle.put(key, {
          failures,
          lastFailureAt: now.toISOString(),
          lockedUntil: lock > 0 ? new Date(now.getTime() + lock * 1000).toISOString() : null,
        });
      }
      await repos.loginThrottle.deleteStale(new Date(forgetBefore).toISOString(), now.toISOString());
    },

    /** Forgets the account's failures after a successful sign-in or a password reset (not the address's). */
    async succeeded(email: string): Promise<void> {
      await repos.loginThrottle.clear(keys(email, null).account);
    },
  };
}
