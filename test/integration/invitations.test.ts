// Invitations by mail (issue 12), on every dialect, against a real SMTP server read back with mailparser: the
// mail on the durable queue with a working link, the copy link beside it, expired, reused, revoked and forged
// links refused in the person's language, a re-invitation that revokes, the mail's state in Beheer, hostile
// names escaped; and migration 0010, which makes "invited" its own fact from the rows that exist.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Migrator, sql } from 'kysely';
import type { ParsedMail } from 'mailparser';
import { smtpMailer } from '../../src/mail/index.ts';
import { createDatabase } from '../../src/storage/index.ts';
import { openDatabase } from '../../src/storage/db.ts';
import { migrations } from '../../src/storage/migrations/index.ts';
import { INVITATION_DAYS } from '../../src/core/index.ts';
import { dialects, freshDatabase } from './dialects.ts';
import { ADMIN, Client, codeOf, rawDatabase, setUp, startHarness, type Harness } from './harness.ts';
import { startSmtp, type TestSmtp } from './smtp.ts';

const PUBLIC = new URL('http://localhost');
const LINK = /http:\/\/localhost\/invite#([A-Za-z0-9_-]{43})/;

/** The invitation token in a mail's text. */
function tokenIn(mail: ParsedMail): string {
  const token = LINK.exec(mail.text ?? '')?.[1];
  assert.ok(token, `no invitation link in: ${mail.text}`);
  return token;
}

function recipientsOf(mail: ParsedMail): string[] {
  return mail.to && 'value' in mail.to ? mail.to.value.map((v) => v.address ?? '') : [];
}

for (const dialect of dialects()) {
  describe(`invitations by mail on ${dialect}`, () => {
    let h: Harness;
    let smtp: TestSmtp;
    let admin: Client;

    /** Beheer's list entry of a user. */
    async function listed(userId: string) {
      const users = (await admin.get('/api/users')).json() as { id: string; invited: boolean }[];
      return users.find((u) => u.id === userId) as unknown as {
        invited: boolean;
        invitation: { mail: string; expired: boolean; expiresAt: string } | null;
      };
    }

    /** Someone who opened the link, in their browser (not signed in). */
    const visitor = (lang: 'nl' | 'en' = 'nl') => {
      const client = new Client(h.app, lang);
      client.host = PUBLIC.host;
      return client;
    };

    before(async () => {
      smtp = await startSmtp();
      h = await startHarness(dialect, {
        // The expiry test moves the clock a week ahead: the administrator's session outlives that.
        sessionTtlSeconds: 30 * 86_400,
        mailer: smtpMailer({ url: smtp.url, from: 'noreply@sluitstuk.test', timeoutSeconds: 5 }),
        publicUrl: PUBLIC,
      });
      admin = await setUp(h.app, { host: PUBLIC.host });
    });
    after(async () => {
      await h.close();
      await smtp.stop();
    });

    test('invite: the mail says who, where, how long and what if unexpected; its link signs the colleague in once', async () => {
      const invited = await admin.post('/api/users/invite', {
        email: 'Nora@Example.nl',
        name: 'Nora Nieuw',
        role: 'leader',
      });
      assert.equal(invited.statusCode, 201, invited.body);
      const answer = invited.json();
      assert.equal(answer.mail, 'waiting');
      assert.equal(answer.user.invited, true);
      // Committed, not sent: the mail goes when the queue runs, and Beheer says it waits.
      assert.equal(smtp.messages.length, 0);
      assert.equal((await listed(answer.user.id)).invitation?.mail, 'waiting');
      assert.deepEqual(
        (await h.services.jobs.runDue()).map((r) => [r.kind, r.outcome]),
        [['account.invitation_mail', 'done']],
      );
      const [mail] = await smtp.waitFor(1);
      assert.deepEqual(recipientsOf(mail!), ['nora@example.nl']);
      assert.equal(mail!.subject, 'Uitnodiging voor Sluitstuk van Gemeente Voorbeeld');
      assert.deepEqual(
        mail!.replyTo && 'value' in mail!.replyTo ? mail!.replyTo.value.map((v) => v.address) : [],
        [ADMIN.email],
      );
      const text = mail!.text ?? '';
      assert.match(text, /Goedendag Nora Nieuw,/);
      assert.match(text, /Anna Admin nodigt u uit voor Sluitstuk van Gemeente Voorbeeld/);
      assert.match(text, /kiest u zelf een wachtwoord/);
      assert.match(
        text,
        new RegExp(`werkt tot 4 december 2026 om 10:00 \\(${INVITATION_DAYS} dagen\\) en één keer`),
      );
      assert.match(text, /Had u deze uitnodiging niet verwacht\? Dan hoeft u niets te doen/);
      const token = tokenIn(mail!);
      assert.notEqual(token, answer.token, 'the mail has its own link beside the copy link');
      assert.ok(String(mail!.html).includes(`href="http://localhost/invite#${token}"`));
      assert.equal((await listed(answer.user.id)).invitation?.mail, 'sent');

      // Neither link is stored, in the jobs table or anywhere else: only their hashes.
      const raw = rawDatabase(h);
      try {
        for (const table of ['jobs', 'invitations', 'audit_log']) {
          const rows = JSON.stringify((await sql`select * from ${sql.table(table)}`.execute(raw.db)).rows);
          assert.ok(!rows.includes(token) && !rows.includes(answer.token), `a token in ${table}`);
        }
      } finally {
        await raw.db.destroy();
      }

      const nora = visitor();
      const lookup = await nora.post('/api/invitations/lookup', { token });
      assert.deepEqual(lookup.json(), {
        name: 'Nora Nieuw',
        email: 'nora@example.nl',
        organisation: 'Gemeente Voorbeeld',
        signIn: 'password',
      });
      const accepted = await nora.post('/api/invitations/accept', {
        token,
        password: 'mijn-eigen-wachtwoord',
      });
      assert.equal(accepted.statusCode, 200, accepted.body);
      assert.equal(accepted.json().user.invited, false);
      assert.equal((await nora.get('/api/auth/session')).json().user.email, 'nora@example.nl');
      const after = await listed(answer.user.id);
      assert.equal(after.invited, false);
      assert.equal(after.invitation, null);

      // Used: the mailed link and the copy link both stop working, in the visitor's language.
      const reused = await visitor().post('/api/invitations/accept', {
        token,
        password: 'nog-een-wachtwoord',
      });
      assert.equal(codeOf(reused), 'invitation_invalid');
      assert.match(reused.json().error.message, /Deze uitnodiging werkt niet \(meer\)/);
      const copy = await visitor('en').post('/api/invitations/lookup', { token: answer.token });
      assert.equal(codeOf(copy), 'invitation_invalid');
      assert.match(copy.json().error.message, /This invitation does not work \(any more\)/);
      const audit = (await admin.get('/api/audit')).json() as { action: string; details: object }[];
      assert.ok(audit.some((e) => e.action === 'user.invited' && (e.details as { mail?: boolean }).mail));
      assert.ok(
        audit.some(
          (e) =>
            e.action === 'user.invitation_accepted' &&
            (e.details as { method?: string }).method === 'password',
        ),
      );
    });

    test('the copy link works as well until one of them is used', async () => {
      const answer = (
        await admin.post('/api/users/invite', { email: 'kopie@example.nl', name: 'Kopie', role: 'coach' })
      ).json();
      await h.services.jobs.runDue();
      const mailed = tokenIn((await smtp.waitFor(2))[1]!);
      const accepted = await visitor().post('/api/invitations/accept', {
        token: answer.token,
        password: 'een-wachtwoord-van-kopie',
      });
      assert.equal(accepted.statusCode, 200, accepted.body);
      assert.equal(
        codeOf(await visitor().post('/api/invitations/lookup', { token: mailed })),
        'invitation_invalid',
      );
    });

    test('re-inviting revokes the earlier links and mails a new one; an expired one is refused', async () => {
      const first = (
        await admin.post('/api/users/invite', { email: 'omar@example.nl', name: 'Omar', role: 'leader' })
      ).json();
      await h.services.jobs.runDue();
      const firstMail = tokenIn((await smtp.waitFor(3))[2]!);
      const again = await admin.post(`/api/users/${first.user.id}/invitation`);
      assert.equal(again.statusCode, 201, again.body);
      assert.equal(again.json().mail, 'waiting');
      for (const token of [first.token, firstMail])
        assert.equal(
          codeOf(await visitor().post('/api/invitations/lookup', { token })),
          'invitation_invalid',
        );
      await h.services.jobs.runDue();
      const second = tokenIn((await smtp.waitFor(4))[3]!);
      assert.notEqual(second, firstMail);
      assert.equal((await visitor().post('/api/invitations/lookup', { token: second })).statusCode, 200);
      const audit = (await admin.get('/api/audit')).json() as {
        action: string;
        details: { targetUserId?: string };
      }[];
      assert.ok(audit.some((e) => e.action === 'user.reinvited' && e.details.targetUserId === first.user.id));

      // After INVITATION_DAYS the link is refused; Beheer shows it expired, and a new invitation helps.
      h.clock.advance(INVITATION_DAYS * 86_400_000 + 1000);
      try {
        const expired = await visitor('en').post('/api/invitations/accept', {
          token: second,
          password: 'een-wachtwoord-te-laat',
        });
        assert.equal(codeOf(expired), 'invitation_invalid');
        assert.match(expired.json().error.message, /does not work \(any more\)/);
        const entry = await listed(first.user.id);
        assert.equal(entry.invited, true);
        assert.equal(entry.invitation?.expired, true);
      } finally {
        h.clock.advance(-(INVITATION_DAYS * 86_400_000 + 1000));
      }
    });

    test('forged or malformed links are refused with a clear message; an accepted account is not re-invited', async () => {
      const forged = 'A'.repeat(43);
      const lookup = await visitor().post('/api/invitations/lookup', { token: forged });
      assert.equal(lookup.statusCode, 404);
      assert.match(lookup.json().error.message, /Vraag de beheerder/);
      assert.equal(
        codeOf(await visitor().post('/api/invitations/lookup', { token: 'kort' })),
        'validation_failed',
      );
      assert.equal(
        codeOf(
          await visitor().post('/api/invitations/accept', { token: forged, password: 'wat-dan-ook-123' }),
        ),
        'invitation_invalid',
      );
      const users = (await admin.get('/api/users')).json() as { id: string; email: string }[];
      const nora = users.find((u) => u.email === 'nora@example.nl')!;
      const conflict = await admin.post(`/api/users/${nora.id}/invitation`);
      assert.equal(codeOf(conflict), 'conflict');
      assert.equal(conflict.json().error.details.reason, 'already_accepted');
    });

    test('a mail the server refuses shows as failed in Beheer, one it defers as retrying; copying stays possible', async () => {
      smtp.refuse.set('weg@example.nl', 550);
      smtp.refuse.set('later@example.nl', 451);
      const gone = (
        await admin.post('/api/users/invite', { email: 'weg@example.nl', name: 'Weg', role: 'leader' })
      ).json();
      const later = (
        await admin.post('/api/users/invite', { email: 'later@example.nl', name: 'Later', role: 'leader' })
      ).json();
      const outcomes = (await h.services.jobs.runDue()).map((r) => r.outcome).sort();
      assert.deepEqual(outcomes, ['failed', 'retry']);
      assert.equal((await listed(gone.user.id)).invitation?.mail, 'failed');
      assert.equal((await listed(later.user.id)).invitation?.mail, 'retrying');
      // The copy link from the answer still works for the administrator to pass on by hand.
      assert.equal((await visitor().post('/api/invitations/lookup', { token: gone.token })).statusCode, 200);
      smtp.refuse.clear();
    });

    test('hostile names are cleaned and escaped in the mail; control characters are refused at the form', async () => {
      const control = await admin.post('/api/users/invite', {
        email: 'ctrl@example.nl',
        name: 'Bel\u0007 Me\r\nBcc: x@evil.test',
        role: 'leader',
      });
      assert.equal(codeOf(control), 'validation_failed');
      for (const email of ['<script>@example.nl', 'a@example.nl\r\nBcc: x@evil.test', '"x y"@example.nl'])
        assert.equal(
          codeOf(await admin.post('/api/users/invite', { email, name: 'Adres', role: 'leader' })),
          'validation_failed',
          email,
        );
      const renamed = await admin.patch('/api/organisation', { name: 'Gemeente <i>Schuin</i> & "Co"' });
      assert.equal(renamed.statusCode, 200, renamed.body);
      const before = smtp.messages.length;
      const invited = await admin.post('/api/users/invite', {
        email: 'hostile@example.nl',
        name: '<img src=x onerror=alert(1)> Eva \u202Eenilno',
        role: 'leader',
        locale: 'en',
      });
      assert.equal(invited.statusCode, 201, invited.body);
      await h.services.jobs.runDue();
      const mail = (await smtp.waitFor(before + 1))[before]!;
      assert.deepEqual(recipientsOf(mail), ['hostile@example.nl']);
      // English, as chosen for this colleague.
      assert.equal(mail.subject, 'Invitation to Gemeente <i>Schuin</i> & "Co"\'s Sluitstuk');
      const html = String(mail.html);
      assert.ok(!html.includes('<img'), 'no markup from a name');
      assert.ok(!html.includes('<i>'), 'no markup from the organisation');
      assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt; Eva'));
      assert.ok(html.includes('Gemeente &lt;i&gt;Schuin&lt;/i&gt; &amp; &quot;Co&quot;'));
      assert.ok(!/\u202E/.test(mail.text ?? '') && !html.includes('\u202E'), 'no bidi override');
      assert.match(mail.text ?? '', /Did you not expect this invitation\?/);
      assert.equal((html.match(/<a /g) ?? []).length, 1, 'the link is the only markup');
      await admin.patch('/api/organisation', { name: ADMIN.organisationName });
    });

    test('without mail set up the invitation is made all the same, to copy, and nothing is queued', async () => {
      const quiet = await startHarness(dialect, { publicUrl: PUBLIC });
      try {
        const quietAdmin = await setUp(quiet.app, { host: PUBLIC.host });
        const answer = await quietAdmin.post('/api/users/invite', {
          email: 'stil@example.nl',
          name: 'Stil',
          role: 'leader',
        });
        assert.equal(answer.statusCode, 201, answer.body);
        assert.equal(answer.json().mail, 'off');
        assert.deepEqual(await quiet.services.jobs.runDue(), []);
        const users = (await quietAdmin.get('/api/users')).json() as {
          email: string;
          invitation: { mail: string } | null;
        }[];
        assert.equal(users.find((u) => u.email === 'stil@example.nl')?.invitation?.mail, 'off');
      } finally {
        await quiet.close();
      }
    });
  });

  describe(`migration 0010 on ${dialect}`, () => {
    test('invited is filled from the invitations: an account from the identity provider is not invited', async () => {
      const fresh = await freshDatabase(dialect);
      try {
        const { db } = openDatabase(fresh.config);
        try {
          const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0010'));
          const migrator = new Migrator({
            db,
            provider: { getMigrations: async () => before },
            ...(fresh.config.kind === 'postgres' && fresh.config.schema
              ? { migrationTableSchema: fresh.config.schema }
              : {}),
            allowUnorderedMigrations: true,
          });
          const { error } = await migrator.migrateToLatest();
          assert.ifError(error);
          const at = '2026-11-01T10:00:00.000Z';
          const user = (id: string, hash: string) =>
            sql`insert into users (id, email, name, role, team_id, locale, contact_card, password_hash, active, created_at, updated_at, weekly_digest)
                values (${id}, ${`${id}@example.nl`}, ${id}, 'leader', null, 'nl', '{}', ${hash}, 1, ${at}, ${at}, 0)`.execute(
              db,
            );
          const invitation = (id: string, userId: string, accepted: string | null, revoked: string | null) =>
            sql`insert into invitations (id, user_id, token_hash, created_by, created_at, expires_at, accepted_at, revoked_at)
                values (${id}, ${userId}, ${`hash-${id}`}, 'admin', ${at}, '2026-11-08T10:00:00.000Z', ${accepted}, ${revoked})`.execute(
              db,
            );
          await user('admin', '$argon2id$stub-hash');
          await user('waiting', ''); // invited, link still open
          await user('lapsed', ''); // invited, link revoked and re-invited later (expired now)
          await user('accepted', '$argon2id$chosen'); // accepted and chose a password
          await user('provider', ''); // made by a first sign-in with the organisation's account
          await user('signedin', ''); // invited, then took it up with the organisation's account
          await invitation('i1', 'waiting', null, null);
          await invitation('i2', 'lapsed', null, at);
          await invitation('i3', 'lapsed', null, null);
          await invitation('i4', 'accepted', at, null);
          await invitation('i5', 'signedin', null, null);
          for (const id of ['provider', 'signedin'])
            await sql`insert into user_identities (issuer, subject, user_id, created_at, last_seen_at)
                      values ('https://idp.example', ${id}, ${id}, ${at}, ${at})`.execute(db);
        } finally {
          await db.destroy();
        }
        const storage = createDatabase(fresh.config);
        try {
          assert.deepEqual(await storage.migrate(), ['0010-invitations']);
          const invited = Object.fromEntries(
            (await storage.repos.users.list()).map((u) => [u.id, u.invited]),
          );
          assert.deepEqual(invited, {
            accepted: false,
            admin: false,
            lapsed: true,
            provider: false,
            signedin: false,
            waiting: true,
          });
        } finally {
          await storage.close();
        }
      } finally {
        await fresh.drop();
      }
    });
  });
}
