// Issue 12's work on the durable job queue, on every dialect: retention as the nightly job (one per night,
// planned again by each pass, late passes catch up) and the password-reset mail (a real SMTP server read back
// with mailparser: one mail per window, the link works once, the token never stored in the jobs table).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { addDays, amsterdamAt, dayOf } from '../../src/core/index.ts';
import { smtpMailer } from '../../src/mail/index.ts';
import { RETENTION_HOUR, RETENTION_JOB } from '../../src/services/index.ts';
import { dialects } from './dialects.ts';
import { ADMIN, Client, START, codeOf, rawDatabase, startHarness, type Harness } from './harness.ts';
import { startSmtp, type TestSmtp } from './smtp.ts';

const PUBLIC = new URL('http://localhost');
const DAY = 86_400_000;

for (const dialect of dialects()) {
  describe(`privacy jobs on ${dialect}`, () => {
    let h: Harness;
    let smtp: TestSmtp;
    let admin: Client;

    before(async () => {
      smtp = await startSmtp();
      h = await startHarness(dialect, {
        sessionTtlSeconds: 365 * 86_400,
        mailer: smtpMailer({ url: smtp.url, from: 'noreply@sluitstuk.test', timeoutSeconds: 5 }),
        publicUrl: PUBLIC,
      });
      admin = new Client(h.app);
      const setup = await admin.post('/api/setup', ADMIN, { host: PUBLIC.host });
      assert.equal(setup.statusCode, 201, setup.body);
    });
    after(async () => {
      await h.close();
      await smtp.stop();
    });

    test('a reset mail per request window, with a link that works once; the token is never in the jobs table', async () => {
      const ask = (email: string) =>
        new Client(h.app).post('/api/auth/password-reset', { email }, { host: PUBLIC.host });
      assert.equal((await ask('niemand@example.nl')).statusCode, 202);
      assert.equal((await ask(ADMIN.email.toUpperCase())).statusCode, 202);
      // Committed, not sent: the mail goes when the queue runs.
      assert.equal(smtp.messages.length, 0);
      assert.deepEqual(
        (await h.services.jobs.runDue()).map((r) => [r.kind, r.outcome]),
        [['account.reset_mail', 'done']],
      );
      const [mail] = await smtp.waitFor(1);
      assert.deepEqual(mail!.to && 'value' in mail!.to ? mail!.to.value.map((v) => v.address) : [], [
        ADMIN.email,
      ]);
      assert.equal(mail!.subject, 'Nieuw wachtwoord voor Sluitstuk');
      const token = /http:\/\/localhost\/password-reset#token=([A-Za-z0-9_-]{43})/.exec(
        mail!.text ?? '',
      )?.[1];
      assert.ok(token, `no reset link in: ${mail!.text}`);
      assert.ok(String(mail!.html).includes(`href="http://localhost/password-reset#token=${token}"`));

      // A second request within the window sends nothing more.
      assert.equal((await ask(ADMIN.email)).statusCode, 202);
      assert.deepEqual(await h.services.jobs.runDue(), []);

      const raw = rawDatabase(h);
      try {
        const jobs = JSON.stringify((await sql`select * from jobs`.execute(raw.db)).rows);
        assert.ok(!jobs.includes(token), 'the token is not in the jobs table');
      } finally {
        await raw.db.destroy();
      }

      const confirm = (password: string) =>
        new Client(h.app).post(
          '/api/auth/password-reset/confirm',
          { token, password },
          { host: PUBLIC.host },
        );
      assert.equal((await confirm('een-nieuw-lang-wachtwoord')).statusCode, 204);
      // Every session of the account ended; the new password signs in; the link is spent.
      assert.equal((await admin.get('/api/auth/session')).statusCode, 401);
      const login = await admin.post(
        '/api/auth/login',
        { email: ADMIN.email, password: 'een-nieuw-lang-wachtwoord' },
        { host: PUBLIC.host },
      );
      assert.equal(login.statusCode, 200, login.body);
      assert.equal(codeOf(await confirm('nog-een-ander-wachtwoord')), 'reset_link_invalid');

      // In the next window a new request mails a new link, and the old one stays dead.
      h.clock.advance(20 * 60_000);
      assert.equal((await ask(ADMIN.email)).statusCode, 202);
      assert.deepEqual(
        (await h.services.jobs.runDue()).map((r) => r.outcome),
        ['done'],
      );
      await smtp.waitFor(2);
      assert.notEqual(/#token=([A-Za-z0-9_-]{43})/.exec(smtp.messages[1]!.text ?? '')?.[1], token);
    });

    test('retention is one nightly job: planned once, run at 03:00 Dutch time, planned again by each pass', async () => {
      const types = (await admin.get('/api/conversation-types')).json() as { id: string }[];
      assert.equal(
        (await admin.put(`/api/privacy/retention/${types[0]!.id}`, { months: 1, action: 'delete' }))
          .statusCode,
        200,
      );
      const created = await admin.post('/api/conversations', {
        typeId: types[0]!.id,
        title: 'Kort gesprek',
        startsAt: '2026-11-27T10:00:00+01:00',
        mode: 'phone',
      });
      const id = created.json().id;
      assert.equal((await admin.post(`/api/conversations/${id}/finish`, { force: true })).statusCode, 200);

      const today = dayOf(h.clock.now());
      await h.services.scheduleRetention();
      await h.services.scheduleRetention();
      const tonight = h.clock.now() < amsterdamAt(today, RETENTION_HOUR) ? today : addDays(today, 1);
      const planned = await h.storage.repos.jobs.findByKey(`${RETENTION_JOB}:${tonight}`);
      assert.ok(planned, 'the coming night is planned');
      assert.equal(planned.runAt, amsterdamAt(tonight, RETENTION_HOUR).toISOString());
      assert.deepEqual(await h.services.jobs.runDue(), []);

      // Tonight's pass: nothing is due yet (a month has not passed); it plans the next night.
      h.clock.set(new Date(planned.runAt));
      assert.deepEqual(
        (await h.services.jobs.runDue()).map((r) => [r.kind, r.outcome]),
        [[RETENTION_JOB, 'done']],
      );
      assert.equal((await admin.get(`/api/conversations/${id}`)).statusCode, 200);
      assert.ok(await h.storage.repos.jobs.findByKey(`${RETENTION_JOB}:${addDays(tonight, 1)}`));

      // The server was down for weeks: the missed pass runs once when it is back, and the next is planned
      // after the day it ran, not after the day it was meant for.
      h.clock.set(new Date(START.getTime() + 40 * DAY));
      const late = dayOf(h.clock.now());
      assert.deepEqual(
        (await h.services.jobs.runDue()).map((r) => r.outcome),
        ['done'],
      );
      assert.equal((await admin.get(`/api/conversations/${id}`)).statusCode, 404);
      assert.ok(await h.storage.repos.jobs.findByKey(`${RETENTION_JOB}:${addDays(late, 1)}`));
      assert.deepEqual(await h.services.jobs.runDue(), []);
    });
  });
}
