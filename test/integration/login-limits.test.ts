// Failed sign-ins are limited per account and per address: a colleague's typos behind the same municipal
// network lock only their own account; many failures from one address lock that address; the wait is told.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dialects } from './dialects.ts';
import { codeOf, rawDatabase, setUp, startHarness, type Harness } from './harness.ts';
import { LOGIN_LIMITS } from '../../src/services/index.ts';

const OFFICE = '192.0.2.10';
const ELSEWHERE = '198.51.100.7';
const PASSWORD = 'een-goed-wachtwoord-123';

for (const dialect of dialects()) {
  describe(`login limits on ${dialect}`, () => {
    let h: Harness;
    const login = (email: string, password: string, remoteAddress = OFFICE) =>
      h.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress,
        headers: { 'content-type': 'application/json', 'accept-language': 'nl' },
        payload: JSON.stringify({ email, password }),
      });

    before(async () => {
      h = await startHarness(dialect);
      const admin = await setUp(h.app);
      for (const [email, name] of [
        ['sanne@example.nl', 'Sanne'],
        ['joost@example.nl', 'Joost'],
      ] as const) {
        const created = await admin.post('/api/users', {
          email,
          name,
          role: 'leader',
          teamId: null,
          password: PASSWORD,
        });
        assert.equal(created.statusCode, 201, created.body);
      }
    });
    after(async () => h.close());

    test('an account locks after its free failures, a colleague on the same network signs in, the wait is given', async () => {
      const free = LOGIN_LIMITS.account.freeFailures;
      for (let i = 0; i < free; i++) {
        const wrong = await login('sanne@example.nl', 'niet-het-goede-wachtwoord');
        assert.equal(wrong.statusCode, 401);
        assert.equal(codeOf(wrong), 'invalid_credentials');
      }
      // Now even the right password waits: a lock that checks passwords would be an oracle.
      const locked = await login('sanne@example.nl', PASSWORD);
      assert.equal(locked.statusCode, 429);
      assert.equal(codeOf(locked), 'login_throttled');
      const details = locked.json().error.details;
      assert.equal(details.scope, 'account');
      assert.equal(details.retryAfterSeconds, LOGIN_LIMITS.firstLockSeconds);
      assert.equal(details.retryAt, new Date(h.clock.now().getTime() + 60_000).toISOString());

      const colleague = await login('joost@example.nl', PASSWORD);
      assert.equal(colleague.statusCode, 200, colleague.body);

      h.clock.advance(30_000);
      assert.equal((await login('sanne@example.nl', PASSWORD)).json().error.details.retryAfterSeconds, 30);
      h.clock.advance(30_000);
      assert.equal((await login('sanne@example.nl', PASSWORD)).statusCode, 200);
      // A success forgets the account's failures: one typo later is just one typo.
      assert.equal((await login('sanne@example.nl', 'weer-een-typefout')).statusCode, 401);
      assert.equal((await login('sanne@example.nl', PASSWORD)).statusCode, 200);
    });

    test('each failure past the limit doubles the wait, up to its maximum', async () => {
      const email = 'joost@example.nl';
      const waits: number[] = [];
      for (let round = 0; round < LOGIN_LIMITS.account.freeFailures + 6; round++) {
        const answer = await login(email, 'fout-fout-fout');
        if (answer.statusCode === 429) {
          const wait = answer.json().error.details.retryAfterSeconds as number;
          h.clock.advance(wait * 1000);
          assert.equal((await login(email, 'fout-fout-fout')).statusCode, 401);
          waits.push(wait);
        }
      }
      assert.deepEqual(waits.slice(0, 4), [60, 120, 240, 480]);
      assert.ok(waits.every((w) => w <= LOGIN_LIMITS.maxLockSeconds));
      h.clock.advance(LOGIN_LIMITS.maxLockSeconds * 1000);
      assert.equal((await login(email, PASSWORD)).statusCode, 200);
    });

    test('an unknown address is locked the same way: the answers do not tell which accounts exist', async () => {
      for (let i = 0; i < LOGIN_LIMITS.account.freeFailures; i++) {
        assert.equal((await login('niemand@example.nl', 'wat-dan-ook-123')).statusCode, 401);
      }
      assert.equal(codeOf(await login('niemand@example.nl', 'wat-dan-ook-123')), 'login_throttled');
    });

    test('many failures from one address lock the address, not other networks', async () => {
      h.clock.advance(2 * 3600 * 1000);
      const spray = '203.0.113.66';
      for (let i = 0; i < LOGIN_LIMITS.address.freeFailures; i++) {
        assert.equal((await login(`gok${i}@example.nl`, 'zomer2026!', spray)).statusCode, 401);
      }
      const blocked = await login('sanne@example.nl', PASSWORD, spray);
      assert.equal(blocked.statusCode, 429);
      assert.equal(blocked.json().error.details.scope, 'address');
      assert.equal((await login('sanne@example.nl', PASSWORD, ELSEWHERE)).statusCode, 200);
      // An IPv6 machine cannot step around the lock by rotating through its own /64.
      for (let i = 0; i < LOGIN_LIMITS.address.freeFailures; i++) {
        await login(`v6-${i}@example.nl`, 'zomer2026!', `2001:db8:1:2::${(i + 1).toString(16)}`);
      }
      assert.equal(
        codeOf(await login('sanne@example.nl', PASSWORD, '2001:db8:1:2:ffff::9')),
        'login_throttled',
      );
      assert.equal((await login('sanne@example.nl', PASSWORD, '2001:db8:1:3::1')).statusCode, 200);
    });

    test('the counters name no person and no address', async () => {
      const raw = rawDatabase(h);
      try {
        const rows = await raw.db.selectFrom('login_throttle').selectAll().execute();
        assert.ok(rows.length > 0);
        const dump = JSON.stringify(rows);
        assert.doesNotMatch(dump, /example\.nl|203\.0\.113|192\.0\.2|2001:db8/);
        assert.ok(rows.every((row) => /^[0-9a-f]{64}$/.test(row.key_hash)));
      } finally {
        await raw.db.destroy();
      }
    });
  });
}
