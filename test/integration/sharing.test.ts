// Sharing the record, end to end over HTTP on both databases, with a real SMTP server read back with
// mailparser: the share mail (recipients, link, Message-ID, no mail without consent), the participant's page
// through that link (answers tied to the version, the leader told), version 2, links that are forged,
// expired or revoked, a GET that changes nothing, CSRF, SMTP down then up (each mail once), a refused
// recipient (failed for good, shown, tried again), hostile text inert in the mail and the page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ParsedMail } from 'mailparser';
import { smtpMailer } from '../../src/mail/index.ts';
import { dialects } from './dialects.ts';
import { ADMIN, Client, codeOf, setUp, startHarness, type Harness } from './harness.ts';
import { startSmtp, type TestSmtp } from './smtp.ts';

const PUBLIC = new URL('http://localhost');

/** The link in a share mail, as a path on our server. */
function linkIn(mail: ParsedMail): string {
  const match = /http:\/\/localhost(\/p\/[A-Za-z0-9_-]{43})/.exec(mail.text ?? '');
  assert.ok(match, `no participant link in: ${mail.text}`);
  return match[1]!;
}

/** The CSRF token in a participant page. */
function csrfIn(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  assert.ok(match, 'no CSRF token on the page');
  return match[1]!;
}

for (const dialect of dialects()) {
  describe(`sharing on ${dialect}`, () => {
    let h: Harness;
    let smtp: TestSmtp;
    let leader: Client;
    let conversationId: string;
    let ilse: string;
    let kees: string;
    let agreementIlse: string;
    let agreementLeader: string;

    before(async () => {
      smtp = await startSmtp();
      h = await startHarness(dialect, {
        mailer: smtpMailer({ url: smtp.url, from: 'noreply@sluitstuk.test', timeoutSeconds: 5 }),
        publicUrl: PUBLIC,
        // The clock moves on by weeks (link expiry, backoff): the leader stays signed in.
        sessionTtlSeconds: 90 * 86400,
      });
      // With PUBLIC_URL set, setup is taken only on that host (DNS rebinding): say it is.
      leader = new Client(h.app);
      const setup = await leader.post('/api/setup', ADMIN, { host: PUBLIC.host });
      assert.equal(setup.statusCode, 201, setup.body);
      const types = (await leader.get('/api/conversation-types')).json();
      const created = await leader.post('/api/conversations', {
        typeId: types[0].id,
        title: 'Keukentafel <b>familie</b>',
        startsAt: '2026-11-27T10:00:00+01:00',
        mode: 'in_person',
        participants: [
          { name: 'Ilse Jansen', email: 'ilse@example.nl', contactConsent: true },
          { name: 'Kees Jansen', role: 'zoon' },
        ],
      });
      assert.equal(created.statusCode, 201, created.body);
      conversationId = created.json().id;
      [ilse, kees] = created.json().participants.map((p: { id: string }) => p.id);
      await leader.put(`/api/conversations/${conversationId}/summary`, {
        text: 'U wilt thuis blijven wonen. <script>alert(1)</script> \u202Egnp.exe',
      });
      const a1 = await leader.post(`/api/conversations/${conversationId}/agreements`, {
        sourceText: 'Ilse belt maandag de thuiszorg',
        owner: ilse,
        action: 'belt de thuiszorg',
        deadline: '2026-11-30',
        measure: 'De thuiszorg heeft een datum genoemd.',
      });
      const a2 = await leader.post(`/api/conversations/${conversationId}/agreements`, {
        sourceText: 'Ik stuur vrijdag de beschikking',
        owner: 'leader',
        action: 'stuurt de beschikking',
        deadline: '2026-12-04',
      });
      agreementIlse = a1.json().closing.agreements[0].id;
      agreementLeader = a2.json().closing.agreements[1].id;
    });
    after(async () => {
      await h.close();
      await smtp.stop();
    });

    const base = () => `/api/conversations/${conversationId}`;
    const participantPost = (
      path: string,
      form: Record<string, string>,
      headers: Record<string, string> = {},
    ) =>
      h.app.inject({
        method: 'POST',
        url: path,
        payload: new URLSearchParams(form).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      });

    let firstLink: string;

    test('a share mails only the participant with an address and consent, with a working link', async () => {
      const shared = await leader.post(`${base()}/share`);
      assert.equal(shared.statusCode, 200, shared.body);
      const state = shared.json();
      assert.deepEqual(
        state.versions.map((v: { number: number }) => v.number),
        [1],
      );
      const ilseState = state.participants.find((p: { participantId: string }) => p.participantId === ilse);
      const keesState = state.participants.find((p: { participantId: string }) => p.participantId === kees);
      assert.equal(ilseState.deliveries[0].state, 'queued');
      assert.equal(keesState.deliveries.length, 0);
      assert.equal(keesState.noMailReason, 'no_address');
      // Written first, sent after the commit: nothing has gone yet.
      assert.equal(smtp.messages.length, 0);
      const ran = await h.services.jobs.runDue();
      assert.deepEqual(
        ran.map((r) => r.outcome),
        ['done'],
      );
      const [mail] = await smtp.waitFor(1);
      assert.equal(smtp.messages.length, 1);
      assert.deepEqual(mail!.to && 'value' in mail!.to ? mail!.to.value.map((v) => v.address) : [], [
        'ilse@example.nl',
      ]);
      assert.match(mail!.subject ?? '', /27 november 2026/);
      assert.ok(!String(mail!.html).includes('<b>familie'), 'the title is escaped in the HTML');
      assert.deepEqual(
        mail!.attachments.map((a) => a.contentType).sort(),
        ['text/calendar', 'text/vcard'],
        'the calendar and the card attached (no PDF without Chromium in this harness)',
      );
      assert.ok(
        /(&lt;|&#60;)script(&gt;|&#62;)/.test(String(mail!.html)),
        'the summary is escaped in the HTML',
      );
      assert.ok(!String(mail!.html).includes('<script>'));
      assert.ok(!String(mail!.text).includes('\u202E'), 'bidi overrides are taken out');
      const after = (await leader.get(`${base()}/share`)).json();
      const delivery = after.participants.find((p: { participantId: string }) => p.participantId === ilse)
        .deliveries[0];
      assert.equal(delivery.state, 'sent');
      assert.equal(mail!.messageId, `<${delivery.id}@localhost>`);
      firstLink = linkIn(mail!);
      const page = await h.app.inject({ method: 'GET', url: firstLink });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Het verslag van uw gesprek/);
      assert.match(page.headers['cache-control'] as string, /no-store/);
      assert.ok(page.body.includes('&#60;script&#62;alert(1)&#60;/script&#62;'));
      assert.ok(!page.body.includes('<script>alert'));
      assert.ok(!page.body.includes('kees@'), 'no other participant contact details');
      const english = await h.app.inject({ method: 'GET', url: `${firstLink}?lang=en` });
      assert.match(english.body, /<html lang="en">/);
      assert.match(english.body, /The record of your conversation/);
    });

    test('a GET-only visit, as a mail scanner makes it, changes nothing', async () => {
      const before = (await leader.get(base())).body;
      const audit = (await leader.get(`${base()}/audit`)).json().length;
      for (let i = 0; i < 3; i++) {
        assert.equal((await h.app.inject({ method: 'GET', url: firstLink })).statusCode, 200);
        assert.equal((await h.app.inject({ method: 'HEAD', url: firstLink })).statusCode, 200);
        await h.app.inject({ method: 'GET', url: `${firstLink}?saved=saved` });
      }
      assert.equal((await leader.get(base())).body, before);
      assert.equal((await leader.get(`${base()}/audit`)).json().length, audit);
    });

    test('the participant confirms the summary, questions an agreement and gives feedback; the leader sees it', async () => {
      const page = (await h.app.inject({ method: 'GET', url: firstLink })).body;
      const csrf = csrfIn(page);
      const before = (await leader.get(base())).json().revision as number;
      const confirmed = await participantPost(`${firstLink}/summary`, { _csrf: csrf, answer: 'confirmed' });
      assert.equal(confirmed.statusCode, 303);
      // The leader's devices hold an older copy now: a write based on it is refused and compared anew.
      assert.equal((await leader.get(base())).json().revision, before + 1);
      const stale = await leader.request(
        'PUT',
        `${base()}/summary/confirmations/${ilse}`,
        { state: 'pending', correction: '' },
        { 'if-match': `"${before}"` },
      );
      assert.equal(stale.statusCode, 412);
      assert.equal(confirmed.headers.location, `${firstLink}?saved=saved#summary`);
      // A refused answer keeps the text and shows the error at the field.
      const empty = await participantPost(`${firstLink}/agreements/${agreementLeader}`, {
        _csrf: csrf,
        answer: 'questioned',
        reason: '   ',
      });
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /aria-invalid="true"/);
      const questioned = await participantPost(`${firstLink}/agreements/${agreementLeader}`, {
        _csrf: csrf,
        answer: 'questioned',
        reason: 'Vrijdag ben ik niet thuis.',
      });
      assert.equal(questioned.statusCode, 303);
      const accepted = await participantPost(`${firstLink}/agreements/${agreementIlse}`, {
        _csrf: csrf,
        answer: 'accepted',
      });
      assert.equal(accepted.statusCode, 303);
      const feedback = await participantPost(`${firstLink}/feedback`, {
        _csrf: csrf,
        score: '4',
        wentWell: 'Rustig uitgelegd.',
        tip: 'Iets langzamer praten.',
      });
      assert.equal(feedback.statusCode, 303);
      assert.equal(
        (await participantPost(`${firstLink}/feedback`, { _csrf: csrf, score: '1' })).statusCode,
        303,
        'a second feedback is not stored, the page says it was given',
      );

      const conversation = (await leader.get(base())).json();
      const confirmation = conversation.closing.summary.confirmations.find(
        (c: { participantId: string }) => c.participantId === ilse,
      );
      assert.deepEqual(
        {
          state: confirmation.state,
          source: confirmation.source,
          version: confirmation.version,
          current: confirmation.current,
        },
        { state: 'confirmed', source: 'participant', version: 1, current: true },
      );
      const questionedAnswer = conversation.closing.agreements[1].answers[0];
      assert.equal(questionedAnswer.state, 'questioned');
      assert.equal(questionedAnswer.reason, 'Vrijdag ben ik niet thuis.');
      assert.equal(conversation.closing.feedback.responses.length, 1);
      assert.equal(conversation.closing.feedback.responses[0].score, 4);
      assert.equal(conversation.closing.feedback.responses[0].participantId, ilse);
      assert.ok(conversation.participants.find((p: { id: string }) => p.id === ilse).openedAt);
      assert.ok(conversation.unread >= 2, 'the leader has a badge');
      const notifications = (await leader.get('/api/notifications')).json();
      assert.deepEqual(notifications.items.map((n: { kind: string }) => n.kind).sort(), [
        'agreement_questioned',
        'feedback_given',
      ]);
      const list = (await leader.get('/api/conversations')).json();
      assert.equal(list.items[0].unread, notifications.unread);
      // One notice mail to the leader for the answers of this window.
      h.clock.advance(11 * 60 * 1000);
      await h.services.jobs.runDue();
      const notice = smtp.messages.at(-1)!;
      assert.deepEqual(notice.to && 'value' in notice.to ? notice.to.value.map((v) => v.address) : [], [
        'anna@example.nl',
      ]);
      assert.match(notice.text ?? '', /Vrijdag|afspraak/);
      assert.equal((await leader.post('/api/notifications/read', { conversationId })).json().unread, 0);
    });

    test('the leader edits the questioned agreement and shares version 2; the earlier answer names version 1', async () => {
      await leader.patch(`${base()}/agreements/${agreementLeader}`, { deadline: '2026-12-07' });
      const conversation = (await leader.get(base())).json();
      const answer = conversation.closing.agreements[1].answers[0];
      assert.equal(answer.current, false, 'the answer was about the earlier words');
      assert.equal(answer.version, 1);
      const unchanged = conversation.closing.agreements[0].answers[0];
      assert.equal(unchanged.current, true, 'an agreement that did not change keeps its answer');
      const before = smtp.messages.length;
      const state = (await leader.post(`${base()}/share`, { participantIds: [ilse] })).json();
      assert.deepEqual(
        state.versions.map((v: { number: number }) => v.number),
        [1, 2],
      );
      await h.services.jobs.runDue();
      await smtp.waitFor(before + 1);
      const secondLink = linkIn(smtp.messages.at(-1)!);
      const page = (await h.app.inject({ method: 'GET', url: secondLink })).body;
      assert.match(page, /Versie 2/);
      // The first link shows the latest version given to this participant too.
      assert.match((await h.app.inject({ method: 'GET', url: firstLink })).body, /Versie 2/);
      const version1 = (await leader.get(`${base()}/versions/1`)).json();
      assert.equal(
        version1.conversation.closing.agreements[1].deadline,
        '2026-12-04',
        'version 1 stays readable',
      );
      assert.equal(codeOf(await leader.get(`${base()}/versions/9`)), 'version_not_found');
    });

    test('a participant without e-mail gets a link to copy; no mail goes to them', async () => {
      const before = smtp.messages.length;
      const made = await leader.post(`${base()}/participants/${kees}/link`);
      assert.equal(made.statusCode, 200, made.body);
      const { url } = made.json();
      assert.match(url, /^http:\/\/localhost\/p\/[A-Za-z0-9_-]{43}$/);
      const page = await h.app.inject({ method: 'GET', url: new URL(url).pathname });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Kees/);
      await h.services.jobs.runDue();
      assert.equal(smtp.messages.length, before);
      const refused = await leader.post(`${base()}/share`, { participantIds: [kees] });
      assert.equal(refused.statusCode, 400);
    });

    test('forged, revoked and expired links get the calm page, which names no conversation', async () => {
      // The organisation's general contact is on the page (set by an administrator).
      const contact = await leader.patch('/api/organisation', { contact: 'Bel 14 020, op werkdagen.' });
      assert.equal(contact.statusCode, 200, contact.body);
      const forged = await h.app.inject({ method: 'GET', url: `/p/${'A'.repeat(43)}` });
      assert.equal(forged.statusCode, 404);
      assert.match(forged.body, /Deze link werkt niet/);
      assert.match(forged.body, /Bel 14 020, op werkdagen\./);
      assert.ok(!forged.body.includes('Keukentafel'));
      assert.equal((await h.app.inject({ method: 'GET', url: '/p/short' })).statusCode, 404);
      const made = (await leader.post(`${base()}/participants/${kees}/link`)).json();
      const path = new URL(made.url).pathname;
      await leader.delete(`${base()}/participants/${kees}/links`);
      const revoked = await h.app.inject({ method: 'GET', url: path });
      assert.equal(revoked.statusCode, 404);
      assert.equal(revoked.body, forged.body, 'a revoked link looks exactly like a forged one');
      const fresh = (await leader.post(`${base()}/participants/${kees}/link`)).json();
      h.clock.advance(31 * 86400 * 1000);
      const expired = await h.app.inject({ method: 'GET', url: new URL(fresh.url).pathname });
      assert.equal(expired.statusCode, 410);
      assert.match(expired.body, /verlopen/);
      assert.ok(!expired.body.includes('Keukentafel'));
      const answer = await participantPost(`${new URL(fresh.url).pathname}/summary`, {
        _csrf: 'x',
        answer: 'confirmed',
      });
      assert.ok([403, 410].includes(answer.statusCode));
      h.clock.advance(-31 * 86400 * 1000);
    });

    test('an answer without the page’s CSRF token, or from another site, is refused and changes nothing', async () => {
      const made = (await leader.post(`${base()}/participants/${kees}/link`)).json();
      const path = new URL(made.url).pathname;
      const csrf = csrfIn((await h.app.inject({ method: 'GET', url: path })).body);
      const before = (await leader.get(base())).body;
      assert.equal((await participantPost(`${path}/summary`, { answer: 'confirmed' })).statusCode, 403);
      assert.equal(
        (
          await participantPost(
            `${path}/summary`,
            { _csrf: csrf, answer: 'confirmed' },
            { origin: 'https://evil.example' },
          )
        ).statusCode,
        403,
      );
      assert.equal(
        (
          await participantPost(
            `${path}/summary`,
            { _csrf: csrf, answer: 'confirmed' },
            { 'sec-fetch-site': 'cross-site' },
          )
        ).statusCode,
        403,
      );
      assert.equal((await leader.get(base())).body, before);
      // Kees may not mark the agreement of Ilse done.
      const foreign = await participantPost(`${path}/agreements/${agreementIlse}/done`, {
        _csrf: csrf,
        note: 'klaar',
      });
      assert.equal(foreign.statusCode, 303);
      assert.equal((await leader.get(base())).json().closing.agreements[0].status, 'open');
    });

    test('SMTP down, then up: every mail is delivered, none twice', async () => {
      const port = smtp.port;
      await smtp.stop();
      const before = smtp.messages.length;
      await leader.post(`${base()}/share`, { participantIds: [ilse] });
      const failed = await h.services.jobs.runDue();
      assert.deepEqual(
        failed.map((r) => r.outcome),
        ['retry'],
      );
      let state = (await leader.get(`${base()}/share`)).json();
      let latest = state.participants.find((p: { participantId: string }) => p.participantId === ilse)
        .deliveries[0];
      assert.equal(latest.state, 'queued');
      assert.equal(latest.error, 'smtp_unreachable');
      assert.ok(latest.retryAt, 'the leader sees when it is tried again');
      // Still down at the next attempt.
      h.clock.advance(30_000);
      assert.deepEqual(
        (await h.services.jobs.runDue()).map((r) => r.outcome),
        ['retry'],
      );
      smtp.port = port;
      await smtp.start();
      assert.deepEqual(await h.services.jobs.runDue(), [], 'waits for its backoff');
      h.clock.advance(60_000);
      assert.deepEqual(
        (await h.services.jobs.runDue()).map((r) => r.outcome),
        ['done'],
      );
      await smtp.waitFor(before + 1);
      // Well past every backoff (within the leader's session): nothing is sent again.
      h.clock.advance(50 * 60 * 1000);
      assert.deepEqual(await h.services.jobs.runDue(), []);
      assert.equal(smtp.messages.length, before + 1, 'exactly one mail');
      state = (await leader.get(`${base()}/share`)).json();
      latest = state.participants.find((p: { participantId: string }) => p.participantId === ilse)
        .deliveries[0];
      assert.equal(latest.state, 'sent');
    });

    test('a recipient the server refuses for good: failed with the reason, the leader told, tried again', async () => {
      smtp.refuse.set('ilse@example.nl', 550);
      await leader.post(`${base()}/share`, { participantIds: [ilse] });
      assert.deepEqual(
        (await h.services.jobs.runDue()).map((r) => r.outcome),
        ['failed'],
      );
      let state = (await leader.get(`${base()}/share`)).json();
      const failed = state.participants.find((p: { participantId: string }) => p.participantId === ilse)
        .deliveries[0];
      assert.equal(failed.state, 'failed');
      assert.equal(failed.error, 'recipient_refused');
      assert.ok(state.notifications.some((n: { kind: string }) => n.kind === 'delivery_failed'));
      smtp.refuse.delete('ilse@example.nl');
      const before = smtp.messages.length;
      state = (await leader.post(`${base()}/deliveries/${failed.id}/retry`)).json();
      assert.deepEqual(
        (await h.services.jobs.runDue()).map((r) => r.outcome),
        ['done'],
      );
      await smtp.waitFor(before + 1);
      state = (await leader.get(`${base()}/share`)).json();
      assert.equal(
        state.participants.find((p: { participantId: string }) => p.participantId === ilse).deliveries[0]
          .state,
        'sent',
      );
    });

    test('without SMTP configured, sharing by mail says so; links and handouts still work', async () => {
      const plain = await startHarness(dialect);
      try {
        const admin = await setUp(plain.app);
        const types = (await admin.get('/api/conversation-types')).json();
        const created = (
          await admin.post('/api/conversations', {
            typeId: types[0].id,
            title: 'Zonder mail',
            startsAt: '2026-11-27T10:00:00+01:00',
            mode: 'phone',
            participants: [{ name: 'Ilse', email: 'ilse@example.nl', contactConsent: true }],
          })
        ).json();
        const refused = await admin.post(`/api/conversations/${created.id}/share`);
        assert.equal(codeOf(refused), 'mail_not_configured');
        const state = (await admin.get(`/api/conversations/${created.id}/share`)).json();
        assert.equal(state.mail.configured, false);
        const handout = await admin.post(
          `/api/conversations/${created.id}/participants/${created.participants[0].id}/handout`,
        );
        assert.equal(handout.statusCode, 200, handout.body);
        assert.match(String(handout.headers['content-type']), /text\/html/);
        // The QR code is an image of the link; the link itself is printed beside it for typing in.
        const url = /https?:\/\/[^\s<"]+\/p\/[A-Za-z0-9_-]{43}/.exec(handout.body)?.[0];
        assert.ok(url, 'the handout carries the link');
        assert.match(handout.body, /<img[^>]+src="data:image\/(png|svg)|<svg/);
        assert.equal((await plain.app.inject({ method: 'GET', url: new URL(url).pathname })).statusCode, 200);
      } finally {
        await plain.close();
      }
    });

    test('too many answers from one link are slowed down with a calm page', async () => {
      const made = (await leader.post(`${base()}/participants/${kees}/link`)).json();
      const path = new URL(made.url).pathname;
      const csrf = csrfIn((await h.app.inject({ method: 'GET', url: path })).body);
      let limited = null;
      for (let i = 0; i < 40 && !limited; i++) {
        const response = await participantPost(`${path}/summary`, { _csrf: csrf, answer: 'confirmed' });
        if (response.statusCode === 429) limited = response;
      }
      assert.ok(limited, 'a 429 came');
      assert.match(limited!.body, /Even wachten/);
    });
  });
}
