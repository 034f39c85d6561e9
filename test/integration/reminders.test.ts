// Reminders over a simulated month and a half, day by day with the injected clock, counted at a real SMTP
// server: every reminder on its working day (past Christmas and New Year), none twice, none for a done
// agreement, none to a participant without consent, and the same after a restart halfway.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays } from '../../src/core/index.ts';
import { smtpMailer } from '../../src/mail/index.ts';
import { createServices } from '../../src/services/index.ts';
import { amsterdamAt } from '../../src/services/reminders.ts';
import { dialects } from './dialects.ts';
import { setUp, startHarness, userClient, type Harness } from './harness.ts';
import { startSmtp, type TestSmtp } from './smtp.ts';

const PUBLIC = new URL('https://sluitstuk.example.nl');

for (const dialect of dialects()) {
  describe(`reminders day by day on ${dialect}`, () => {
    let h: Harness;
    let smtp: TestSmtp;

    before(async () => {
      smtp = await startSmtp();
      h = await startHarness(dialect, {
        mailer: smtpMailer({ url: smtp.url, from: 'noreply@sluitstuk.test', timeoutSeconds: 5 }),
        publicUrl: PUBLIC,
      });
    });
    after(async () => {
      await h.close();
      await smtp.stop();
    });

    test('a month and a half: each reminder on its day, once; none when done; a restart changes nothing', async () => {
      const admin = await setUp(h.app, { host: PUBLIC.host });
      const leader = await userClient(h.app, admin, {
        email: 'lotte@example.nl',
        name: 'Lotte',
        role: 'leader',
      });
      const types = (await leader.get('/api/conversation-types')).json() as { id: string; key: string }[];
      const created = await leader.post('/api/conversations', {
        typeId: types.find((t) => t.key === 'telefoongesprek')!.id,
        title: 'Traplift',
        startsAt: '2026-11-27T10:00:00+01:00',
        mode: 'phone',
        participants: [
          { name: 'Ilse', email: 'ilse@example.nl', contactConsent: true },
          { name: 'Kees', contactConsent: false },
        ],
      });
      const c = created.json();
      const [ilse, kees] = c.participants.map((p: { id: string }) => p.id);
      const add = async (body: object) =>
        (await leader.post(`/api/conversations/${c.id}/agreements`, body)).json().closing.agreements.at(-1)
          .id;
      await add({ owner: 'leader', action: 'de offerte nabellen', deadline: '2026-12-04' });
      await add({ owner: ilse, action: 'de foto van de trap sturen', deadline: '2026-12-24' });
      const done = await add({ owner: 'leader', action: 'het verslag sturen', deadline: '2026-12-09' });
      await add({ owner: kees, action: 'de sleutel afgeven', deadline: '2026-12-03' });

      const received: string[] = [];
      let services = h.services;
      for (let day = '2026-11-27'; day <= '2027-01-10'; day = addDays(day, 1)) {
        h.clock.set(amsterdamAt(day, 8));
        if (day === '2026-12-01') {
          // Days later the session has gone: the leader marks it done through the service itself.
          await h.services.followup.markDone(
            { userId: leader.userId, role: 'leader', teamId: null },
            c.id,
            done,
            {
              note: 'Verstuurd',
              link: '',
              doneOn: null,
            },
          );
        }
        if (day === '2026-12-15') {
          // A restart: a new process (new queue, new ids) on the same database.
          services = createServices({
            storage: h.storage,
            clock: h.clock,
            mailer: smtpMailer({ url: smtp.url, from: 'noreply@sluitstuk.test', timeoutSeconds: 5 }),
            publicUrl: PUBLIC,
          });
        }
        const before = smtp.messages.length;
        await services.followupJobs.ensureScheduled();
        const results = await services.jobs.runDue();
        assert.ok(
          results.every((r) => r.outcome === 'done'),
          JSON.stringify(results),
        );
        // The same day again (a second pass, a cron run beside the timer): nothing new.
        await services.followupJobs.ensureScheduled();
        await services.jobs.runDue();
        for (const m of smtp.messages.slice(before)) {
          const to = (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address;
          received.push(`${day} ${to} ${m.subject}`);
        }
      }
      assert.deepEqual(received, [
        '2026-12-02 lotte@example.nl Herinnering: de offerte nabellen, uiterlijk vrijdag 4 december 2026',
        '2026-12-04 lotte@example.nl Vandaag: de offerte nabellen',
        '2026-12-07 lotte@example.nl Nog open: de offerte nabellen (was uiterlijk vrijdag 4 december 2026)',
        '2026-12-11 lotte@example.nl Nog open: de offerte nabellen (was uiterlijk vrijdag 4 december 2026)',
        '2026-12-22 ilse@example.nl Herinnering: de foto van de trap sturen, uiterlijk donderdag 24 december 2026',
        '2026-12-24 ilse@example.nl Vandaag: de foto van de trap sturen',
        // Christmas, Boxing Day and the weekend are no working days: the first day after is Monday 28.
        '2026-12-28 ilse@example.nl Nog open: de foto van de trap sturen (was uiterlijk donderdag 24 december 2026)',
        // Five working days after 24 December: 28, 29, 30, 31 December and (New Year's Day off) 4 January.
        '2027-01-04 ilse@example.nl Nog open: de foto van de trap sturen (was uiterlijk donderdag 24 december 2026)',
      ]);
      // The participant's mail carries a link to their own page.
      const toIlse = smtp.messages.find((m) => m.subject?.startsWith('Vandaag: de foto'))!;
      assert.match(toIlse.text ?? '', /https:\/\/sluitstuk\.example\.nl\/p\/[A-Za-z0-9_-]{43}/);
      // Kees gave no consent: his reminders were decided against, recorded once each, never mailed.
      const log = await h.storage.repos.followup.remindersOf(c.id);
      const forKees = log.filter((r) => r.recipient === kees);
      assert.ok(forKees.length > 0);
      assert.ok(forKees.every((r) => r.outcome === 'skipped_no_consent'));
      assert.equal(log.filter((r) => r.agreementId === done).length, 0);
      assert.equal(log.filter((r) => r.outcome === 'sent').length, 8);
      // Nothing failed or waits for a kind nobody runs.
      const left = await h.storage.repos.jobs.list(['failed', 'running'], 100);
      assert.deepEqual(left, []);
    });
  });
}
