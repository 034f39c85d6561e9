// The leader is reminded "in the app and by mail": every reminder of the leader's own agreement is one
// notification (kind agreement_reminder) beside its mail, counted in the reminders badge and not as a new
// response of the participants; without mail the app alone reminds; the notice mail about participants'
// responses does not repeat a reminder; hostile text stays inert in the reminder mail. On every dialect,
// with the injected clock and a real SMTP server.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { smtpMailer } from '../../src/mail/index.ts';
import type { Actor } from '../../src/core/index.ts';
import { amsterdamAt } from '../../src/services/reminders.ts';
import { NOTICE_MAIL_JOB } from '../../src/services/sharing.service.ts';
import { dialects } from './dialects.ts';
import { setUp, startHarness, userClient, type Harness } from './harness.ts';
import { startSmtp, type TestSmtp } from './smtp.ts';

const PUBLIC = new URL('https://sluitstuk.example.nl');

for (const dialect of dialects()) {
  describe(`the leader's reminders in the app on ${dialect}`, () => {
    let smtp: TestSmtp;
    before(async () => {
      smtp = await startSmtp();
    });
    after(async () => {
      await smtp.stop();
    });

    /** A harness with (or without) mail, a leader, and one conversation with the given agreements. */
    async function prepare(withMail: boolean) {
      const h = await startHarness(dialect, {
        mailer: withMail
          ? smtpMailer({ url: smtp.url, from: 'noreply@sluitstuk.test', timeoutSeconds: 5 })
          : null,
        publicUrl: withMail ? PUBLIC : null,
      });
      const admin = await setUp(h.app, withMail ? { host: PUBLIC.host } : {});
      const leader = await userClient(h.app, admin, {
        email: `lotte.${dialect}.${withMail}@example.nl`,
        name: 'Lotte',
        role: 'leader',
      });
      const actor: Actor = { userId: leader.userId, role: 'leader', teamId: null };
      const types = (await leader.get('/api/conversation-types')).json() as { id: string; key: string }[];
      const created = await leader.post('/api/conversations', {
        typeId: types.find((t) => t.key === 'telefoongesprek')!.id,
        title: 'Traplift <b>aanvraag</b>',
        startsAt: '2026-11-27T10:00:00+01:00',
        mode: 'phone',
        participants: [{ name: 'Ilse', email: 'ilse@example.nl', contactConsent: true }],
      });
      assert.equal(created.statusCode, 201, created.body);
      return { h, leader, actor, conversation: created.json() };
    }

    /** Runs the scheduler as on `day` at 08:00 Dutch time, twice (a second pass adds nothing). */
    async function runDay(h: Harness, day: string) {
      h.clock.set(amsterdamAt(day, 8));
      for (let i = 0; i < 2; i++) {
        await h.services.followupJobs.ensureScheduled();
        const results = await h.services.jobs.runDue();
        assert.ok(
          results.every((r) => r.outcome === 'done'),
          JSON.stringify(results),
        );
      }
    }

    test('with mail: one notification per reminder beside its mail; badges apart; the notice mail skips it', async () => {
      const { h, leader, actor, conversation: c } = await prepare(true);
      try {
        const ilse = c.participants[0].id;
        // Text with HTML and a bidi override: inert in the mail and the notification.
        await leader.post(`/api/conversations/${c.id}/agreements`, {
          owner: 'leader',
          action: 'de offerte <script>x</script> nabellen \u202e',
          deadline: '2026-12-04',
        });
        await leader.post(`/api/conversations/${c.id}/agreements`, {
          owner: ilse,
          action: 'de foto sturen',
          deadline: '2026-12-04',
        });
        const before = smtp.messages.length;
        await runDay(h, '2026-12-02'); // two working days before Friday 4 December
        const mails = smtp.messages.slice(before);
        const toLotte = mails.filter((m) => m.text?.startsWith('Hallo Lotte'));
        assert.equal(toLotte.length, 1);
        assert.equal(mails.length, 2, 'the leader and the participant, each once');
        assert.equal(
          toLotte[0]!.subject,
          'Herinnering: de offerte <script>x</script> nabellen, uiterlijk vrijdag 4 december 2026',
        );
        assert.ok(!toLotte[0]!.html || !String(toLotte[0]!.html).includes('<script>'), 'escaped in HTML');
        assert.ok(!String(toLotte[0]!.html).includes('\u202e'), 'no bidi override');
        assert.match(toLotte[0]!.text ?? '', /https:\/\/sluitstuk\.example\.nl\/agreements/);

        let notes = await h.services.sharing.notifications(actor);
        assert.equal(notes.reminders, 1);
        assert.equal(notes.unread, 0, 'a reminder is no new response of the participants');
        const reminder = notes.items.find((n) => n.kind === 'agreement_reminder')!;
        assert.equal(reminder.conversationId, c.id);
        assert.deepEqual(
          { ...reminder.details, agreementId: undefined },
          {
            agreementId: undefined,
            action: 'de offerte <script>x</script> nabellen \u202e',
            deadline: '2026-12-04',
            offset: -2,
            moment: 'before',
          },
        );
        // The conversation's own badge (list and record) counts responses only.
        const list = (await h.services.conversations.list(actor, { limit: 20, offset: 0 })).items;
        assert.equal(list.find((x) => x.id === c.id)!.unread, 0);

        // A participant's response comes in: the notice mail names it, and not the reminder.
        await h.storage.repos.notifications.add({
          id: 'n-feedback',
          userId: leader.userId,
          conversationId: c.id,
          participantId: ilse,
          kind: 'feedback_given',
          details: {},
          createdAt: h.clock.now().toISOString(),
          readAt: null,
        });
        await h.storage.transaction((trx) =>
          h.services.jobs.enqueue(trx, NOTICE_MAIL_JOB, { conversationId: c.id }, { idempotencyKey: 'n1' }),
        );
        const beforeNotice = smtp.messages.length;
        await h.services.jobs.runDue();
        const notice = smtp.messages.slice(beforeNotice);
        assert.equal(notice.length, 1);
        assert.match(notice[0]!.text ?? '', /Ilse heeft feedback gegeven/);
        assert.doesNotMatch(notice[0]!.text ?? '', /offerte/);
        notes = await h.services.sharing.notifications(actor);
        assert.equal(notes.unread, 1);
        assert.equal(notes.reminders, 1);

        // With only the reminder unread, a notice mail has nothing to say: none goes.
        await h.services.sharing.markRead(actor, undefined, 'responses');
        await h.storage.transaction((trx) =>
          h.services.jobs.enqueue(trx, NOTICE_MAIL_JOB, { conversationId: c.id }, { idempotencyKey: 'n2' }),
        );
        const beforeSecond = smtp.messages.length;
        await h.services.jobs.runDue();
        assert.equal(smtp.messages.length, beforeSecond);

        // Reading the reminders leaves the responses alone, and the other way round.
        const read = await h.services.sharing.markRead(actor, undefined, 'reminders');
        assert.deepEqual(read, { unread: 0, reminders: 0 });

        // On the day and after it: one more notification each, never a second for the same reminder.
        await runDay(h, '2026-12-04');
        await runDay(h, '2026-12-07');
        notes = await h.services.sharing.notifications(actor);
        const moments = notes.items
          .filter((n) => n.kind === 'agreement_reminder')
          .map((n) => n.details.moment)
          .reverse();
        assert.deepEqual(moments, ['before', 'today', 'after']);
        assert.equal(notes.reminders, 2);
        // Over HTTP (signed in again: days went by): the same counts, and the group can be marked read there.
        const again = await leader.post('/api/auth/login', {
          email: `lotte.${dialect}.true@example.nl`,
          password: 'een-goed-wachtwoord-123',
        });
        assert.equal(again.statusCode, 200, again.body);
        const answer = (await leader.get('/api/notifications')).json();
        assert.equal(answer.reminders, 2);
        const marked = await leader.post('/api/notifications/read', { group: 'reminders' });
        assert.equal(marked.statusCode, 200, marked.body);
        assert.deepEqual(marked.json(), { unread: 0, reminders: 0 });
        const wrong = await leader.post('/api/notifications/read', { group: 'everything' });
        assert.equal(wrong.statusCode, 400);
      } finally {
        await h.close();
      }
    });

    test('without mail: the leader is reminded in the app only; a participant cannot be', async () => {
      const { h, actor, leader, conversation: c } = await prepare(false);
      try {
        await leader.post(`/api/conversations/${c.id}/agreements`, {
          owner: 'leader',
          action: 'de offerte nabellen',
          deadline: '2026-12-04',
        });
        await leader.post(`/api/conversations/${c.id}/agreements`, {
          owner: c.participants[0].id,
          action: 'de foto sturen',
          deadline: '2026-12-04',
        });
        const before = smtp.messages.length;
        await runDay(h, '2026-12-04');
        assert.equal(smtp.messages.length, before, 'no mail without SMTP_URL');
        const notes = await h.services.sharing.notifications(actor);
        assert.equal(notes.reminders, 1);
        const log = await h.storage.repos.followup.remindersOf(c.id);
        assert.deepEqual(log.map((r) => [r.recipient === 'leader' ? 'leader' : 'ilse', r.outcome]).sort(), [
          ['ilse', 'skipped_no_mail'],
          ['leader', 'notified'],
        ]);
      } finally {
        await h.close();
      }
    });
  });
}
