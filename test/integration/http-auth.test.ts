// Setup, sign-in, sessions, password change, rate limits, CSRF and Origin checks over HTTP, on every dialect.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dialects } from './dialects.ts';
import { ADMIN, Client, codeOf, startHarness, type Harness } from './harness.ts';

for (const dialect of dialects()) {
  describe(`auth over HTTP on ${dialect}`, () => {
    let h: Harness;
    before(async () => {
      h = await startHarness(dialect);
    });
    after(async () => h.close());

    test('health names the database', async () => {
      const response = await new Client(h.app).get('/api/health');
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json(), { status: 'ok', database: dialect, version: '0.1.0' });
    });

    test('without setup nobody can sign in, and the API says setup is needed', async () => {
      const anon = new Client(h.app);
      assert.deepEqual((await anon.get('/api/setup')).json(), { needed: true });
      const login = await anon.post('/api/auth/login', { email: ADMIN.email, password: ADMIN.password });
      assert.equal(login.statusCode, 401);
      assert.equal(codeOf(login), 'invalid_credentials');
    });

    test('setup from a foreign Origin is refused and stores nothing', async () => {
      const response = await new Client(h.app).post('/api/setup', ADMIN, { origin: 'https://evil.example' });
      assert.equal(response.statusCode, 403);
      assert.equal(codeOf(response), 'csrf_invalid');
      assert.equal(await h.storage.repos.users.count(), 0);
    });

    test('setup with a weak password or a bad e-mail is refused', async () => {
      const anon = new Client(h.app);
      const weak = await anon.post('/api/setup', { ...ADMIN, password: 'aaaaaaaaaaaa' });
      assert.equal(codeOf(weak), 'weak_password');
      const bad = await anon.post('/api/setup', { ...ADMIN, email: 'not-an-address' });
      assert.equal(bad.statusCode, 400);
      assert.equal(codeOf(bad), 'validation_failed');
      assert.deepEqual(
        bad.json().error.details.fields.map((f: { path: string }) => f.path),
        ['email'],
      );
      assert.equal(await h.storage.repos.users.count(), 0);
    });

    let admin: Client;
    test('setup signs the first administrator in, seeds the types, and works only once', async () => {
      admin = new Client(h.app);
      const response = await admin.post('/api/setup', ADMIN, { origin: 'http://localhost:80' });
      assert.equal(response.statusCode, 201, response.body);
      const cookie = response.headers['set-cookie']?.toString() ?? '';
      assert.match(cookie, /sluitstuk_session=/);
      assert.match(cookie, /HttpOnly/);
      assert.match(cookie, /SameSite=Lax/);
      assert.doesNotMatch(cookie, /Secure/); // plain http in tests
      assert.equal(response.json().user.role, 'admin');
      assert.equal(response.json().user.email, ADMIN.email);
      assert.equal('passwordHash' in response.json().user, false);

      const session = await admin.get('/api/auth/session');
      assert.equal(session.statusCode, 200);
      assert.equal(session.json().organisation.name, ADMIN.organisationName);
      assert.equal(session.json().csrfToken, admin.csrf);
      assert.equal((await admin.get('/api/conversation-types')).json().length, 8);

      const again = await new Client(h.app, 'en').post('/api/setup', { ...ADMIN, email: 'other@example.nl' });
      assert.equal(again.statusCode, 409);
      assert.equal(codeOf(again), 'setup_already_done');
      assert.equal(again.json().error.message, 'Sluitstuk has already been set up.');
      assert.deepEqual((await admin.get('/api/setup')).json(), { needed: false });
    });

    test('the session token is stored only as a hash', async () => {
      const stored = await h.storage.repos.sessions.find(admin.cookie!);
      assert.equal(stored, null);
    });

    test('wrong password: 401 with a message in the asked language', async () => {
      const nl = await new Client(h.app, 'nl').post('/api/auth/login', {
        email: ADMIN.email,
        password: 'verkeerd-wachtwoord',
      });
      const en = await new Client(h.app, 'en').post('/api/auth/login', {
        email: ADMIN.email,
        password: 'verkeerd-wachtwoord',
      });
      assert.equal(nl.statusCode, 401);
      assert.equal(codeOf(nl), 'invalid_credentials');
      assert.equal(nl.json().error.message, 'Het e-mailadres of het wachtwoord klopt niet.');
      assert.equal(en.json().error.message, 'The e-mail address or the password is not right.');
    });

    test('state changes without the CSRF token are refused and change nothing', async () => {
      const before = (await admin.get('/api/teams')).json();
      const noToken = await admin.request(
        'POST',
        '/api/teams',
        { name: 'Team Noord' },
        { 'x-csrf-token': '' },
      );
      assert.equal(noToken.statusCode, 403);
      assert.equal(codeOf(noToken), 'csrf_invalid');
      const wrong = await admin.request(
        'POST',
        '/api/teams',
        { name: 'Team Noord' },
        { 'x-csrf-token': 'x'.repeat(43) },
      );
      assert.equal(codeOf(wrong), 'csrf_invalid');
      assert.deepEqual((await admin.get('/api/teams')).json(), before);
      // Reads need no token.
      assert.equal(
        (await admin.request('GET', '/api/teams', undefined, { 'x-csrf-token': '' })).statusCode,
        200,
      );
    });

    test('login, logout, and a logged-out cookie no longer works', async () => {
      const client = new Client(h.app);
      const login = await client.post('/api/auth/login', {
        email: '  ANNA@example.nl ',
        password: ADMIN.password,
      });
      assert.equal(login.statusCode, 200, login.body);
      const cookie = client.cookie;
      const out = await client.post('/api/auth/logout');
      assert.equal(out.statusCode, 204);
      assert.match(out.headers['set-cookie']?.toString() ?? '', /sluitstuk_session=;/);
      client.cookie = cookie;
      const after = await client.get('/api/auth/session');
      assert.equal(after.statusCode, 401);
      assert.equal(codeOf(after), 'not_authenticated');
    });

    test('a session expires after its lifetime without use', async () => {
      const client = new Client(h.app);
      await client.post('/api/auth/login', { email: ADMIN.email, password: ADMIN.password });
      h.clock.advance(3600 * 1000 + 1);
      const response = await client.get('/api/auth/session');
      assert.equal(response.statusCode, 401);
      assert.equal(codeOf(response), 'session_expired');
      assert.equal((await client.get('/api/auth/session')).statusCode, 401);
      h.clock.set(new Date('2026-11-27T09:00:00.000Z'));
    });

    test('using a session extends it (sliding expiry)', async () => {
      const client = new Client(h.app);
      await client.post('/api/auth/login', { email: ADMIN.email, password: ADMIN.password });
      h.clock.advance(40 * 60 * 1000);
      assert.equal((await client.get('/api/auth/session')).statusCode, 200);
      h.clock.advance(40 * 60 * 1000);
      assert.equal((await client.get('/api/auth/session')).statusCode, 200);
      h.clock.set(new Date('2026-11-27T09:00:00.000Z'));
    });

    test('password change: wrong current password refused; new one works; other sessions end', async () => {
      const other = new Client(h.app);
      await other.post('/api/auth/login', { email: ADMIN.email, password: ADMIN.password });
      const wrong = await admin.post('/api/auth/password', {
        currentPassword: 'niet-het-wachtwoord',
        newPassword: 'een-nieuw-wachtwoord',
      });
      assert.equal(wrong.statusCode, 400);
      assert.equal(wrong.json().error.details.fields[0].path, 'currentPassword');
      const short = await admin.post('/api/auth/password', {
        currentPassword: ADMIN.password,
        newPassword: 'kort',
      });
      assert.equal(codeOf(short), 'validation_failed');
      const ok = await admin.post('/api/auth/password', {
        currentPassword: ADMIN.password,
        newPassword: 'een-nieuw-wachtwoord',
      });
      assert.equal(ok.statusCode, 204, ok.body);
      assert.equal((await admin.get('/api/auth/session')).statusCode, 200);
      assert.equal((await other.get('/api/auth/session')).statusCode, 401);
      const old = await new Client(h.app).post('/api/auth/login', {
        email: ADMIN.email,
        password: ADMIN.password,
      });
      assert.equal(old.statusCode, 401);
      const fresh = await new Client(h.app).post('/api/auth/login', {
        email: ADMIN.email,
        password: 'een-nieuw-wachtwoord',
      });
      assert.equal(fresh.statusCode, 200);
    });

    test('a deactivated user cannot sign in, and their sessions end', async () => {
      const password = 'leider-wachtwoord-1';
      const created = await admin.post('/api/users', {
        email: 'lea@example.nl',
        name: 'Lea',
        role: 'leader',
        password,
      });
      assert.equal(created.statusCode, 201, created.body);
      const lea = new Client(h.app);
      assert.equal(
        (await lea.post('/api/auth/login', { email: 'lea@example.nl', password })).statusCode,
        200,
      );
      const off = await admin.patch(`/api/users/${created.json().id}`, { active: false });
      assert.equal(off.json().active, false);
      assert.equal((await lea.get('/api/auth/session')).statusCode, 401);
      assert.equal(
        (await new Client(h.app).post('/api/auth/login', { email: 'lea@example.nl', password })).statusCode,
        401,
      );
    });

    test('the last administrator cannot demote themselves', async () => {
      const me = (await admin.get('/api/auth/session')).json().user;
      const response = await admin.patch(`/api/users/${me.id}`, { role: 'leader' });
      assert.equal(response.statusCode, 409);
      assert.equal(codeOf(response), 'conflict');
    });

    test('profile: name, language and contact card', async () => {
      const response = await admin.patch('/api/me', {
        locale: 'en',
        contactCard: {
          name: 'Anna',
          role: 'Wmo-consulent',
          phone: '+31 6 1234 5678',
          email: 'anna@example.nl',
          reachability: 'ma–do 9–17',
        },
      });
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(response.json().locale, 'en');
      assert.equal(response.json().contactCard.phone, '+31 6 1234 5678');
      const bad = await admin.patch('/api/me', {
        contactCard: { name: 'x', role: '', phone: 'bel me', email: null, reachability: '' },
      });
      assert.equal(bad.statusCode, 400);
    });
  });

  describe(`rate limits on ${dialect}`, () => {
    let h: Harness;
    before(async () => {
      h = await startHarness(dialect, { rateLimits: { general: 100_000, login: 3, signIn: 3 } });
    });
    after(async () => h.close());

    test('login attempts beyond the limit get 429 rate_limited', async () => {
      const client = new Client(h.app, 'en');
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push(
          (await client.post('/api/auth/login', { email: 'x@example.nl', password: 'whatever-password' }))
            .statusCode,
        );
      }
      assert.deepEqual(statuses, [401, 401, 401, 429]);
      const limited = await client.post('/api/auth/login', {
        email: 'x@example.nl',
        password: 'whatever-password',
      });
      assert.equal(codeOf(limited), 'rate_limited');
      assert.equal(
        limited.json().error.message,
        'Too many attempts in a short time. Please wait a moment and try again.',
      );
      assert.ok(limited.headers['retry-after']);
    });
  });
}
