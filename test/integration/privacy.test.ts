// Privacy by design over HTTP on every dialect: a person's data put in EVERY table, found by the export and
// gone after the erasure; the access log; retention with its report; warnings about BSN and health details.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { dialects } from './dialects.ts';
import { ADMIN, Client, codeOf, rawDatabase, startHarness, type Harness } from './harness.ts';
import { smtpMailer } from '../../src/mail/index.ts';
import { startSmtp, type TestSmtp } from './smtp.ts';

const PERSON = { name: 'Zwaantje Markeer', email: 'zwaantje.markeer@voorbeeld.test', phone: '06 1112 2233' };
const MARKERS = [/zwaantje/i, /markeer/i, /voorbeeld\.test/i, /1112\s*2233/];
const PUBLIC = new URL('http://localhost');

/** The CSRF token in a participant page. */
function csrfIn(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  assert.ok(match, 'no CSRF token on the page');
  return match[1]!;
}

/**
 * Tables that cannot hold anything about a participant, each with the reason. Every other table must get the
 * person's data from the fixture below: a new table (from another issue) fails this test until someone decides.
 */
const NO_PARTICIPANT_DATA: Record<string, string> = {
  organisation: 'the organisation itself',
  teams: 'staff teams',
  users: 'staff accounts',
  sessions: 'staff sessions (hashed tokens)',
  conversation_types: 'templates',
  user_identities: 'staff identities at the provider',
  oidc_flows: 'pending staff sign-ins',
  setup_codes: 'the hashed one-time setup code',
  login_throttle: 'hashed staff sign-in counters',
  account_tokens: 'hashed staff links',
  access_log: 'staff ids and conversation ids only',
  audit_log: 'ids, field names and states only; participant ids are replaced on erasure',
  practice_attempts: "a leader's own practice turns with made-up personas; no real participant",
  invitations: 'staff invitations (hashed tokens)',
  idempotency_keys: "a leader's random change keys from their devices, with conversation ids (kept 90 days)",
  kysely_migration: 'migration names',
  kysely_migration_lock: 'migration lock',
};

/** A colleague made by the administrator and signed in (on PUBLIC_URL's host, as sign-in requires). */
async function colleagueOf(
  h: Harness,
  admin: Client,
  user: { email: string; name: string; role: 'leader' },
): Promise<Client & { userId: string }> {
  const password = 'een-goed-wachtwoord-123';
  const created = await admin.post('/api/users', { ...user, teamId: null, password });
  assert.equal(created.statusCode, 201, created.body);
  const client = new Client(h.app) as Client & { userId: string };
  const login = await client.post('/api/auth/login', { email: user.email, password }, { host: PUBLIC.host });
  assert.equal(login.statusCode, 200, login.body);
  client.userId = created.json().id;
  return client;
}

/** Every table with its rows as JSON text, read below the repositories. */
async function dumpTables(h: Harness): Promise<Map<string, string>> {
  const raw = rawDatabase(h);
  try {
    const names =
      h.fresh.dialect === 'sqlite'
        ? (
            await sql<{
              name: string;
            }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(
              raw.db,
            )
          ).rows.map((r) => r.name)
        : (
            await sql<{
              table_name: string;
            }>`select table_name from information_schema.tables where table_schema = current_schema()`.execute(
              raw.db,
            )
          ).rows.map((r) => r.table_name);
    const dump = new Map<string, string>();
    for (const name of names) {
      const rows = (await sql`select * from ${sql.table(name)}`.execute(raw.db)).rows;
      dump.set(name, JSON.stringify(rows));
    }
    return dump;
  } finally {
    await raw.db.destroy();
  }
}

for (const dialect of dialects()) {
  describe(`privacy on ${dialect}`, () => {
    let h: Harness;
    let smtp: TestSmtp;
    let admin: Client;
    let leader: Client & { userId: string };
    let colleague: Client & { userId: string };
    let typeId: string;
    let conversationId: string;
    let personId: string;
    let otherId: string;
    const written: string[] = [];

    /** Writes a text about the person and remembers it, so the export can be checked for every one. */
    const about = (where: string) => {
      const text = `${where}: ${PERSON.name} (${PERSON.email}, ${PERSON.phone})`;
      written.push(text);
      return text;
    };

    before(async () => {
      // Retention moves the clock years ahead: sessions must outlive that here.
      // Mail is set up (a real SMTP server), so the record can be shared with the person as well.
      smtp = await startSmtp();
      h = await startHarness(dialect, {
        sessionTtlSeconds: 10 * 365 * 86_400,
        mailer: smtpMailer({ url: smtp.url, from: 'noreply@sluitstuk.test', timeoutSeconds: 5 }),
        publicUrl: PUBLIC,
      });
      admin = new Client(h.app);
      const setup = await admin.post('/api/setup', ADMIN, { host: PUBLIC.host });
      assert.equal(setup.statusCode, 201, setup.body);
      leader = await colleagueOf(h, admin, {
        email: 'lies@example.nl',
        name: 'Lies Leider',
        role: 'leader',
      });
      colleague = await colleagueOf(h, admin, { email: 'kees@example.nl', name: 'Kees', role: 'leader' });
      const types = (await leader.get('/api/conversation-types')).json() as { id: string; key: string }[];
      typeId = types.find((t) => t.key === 'wmo-keukentafelgesprek')!.id;
    });
    after(async () => {
      await h.close();
      await smtp.stop();
    });

    test('the person’s data goes into every table that can hold it', async () => {
      const created = await leader.post('/api/conversations', {
        typeId,
        title: about('title'),
        startsAt: '2026-11-27T10:00:00+01:00',
        mode: 'in_person',
        participants: [
          { ...PERSON, role: 'inwoner', contactConsent: true },
          { name: 'Hendrik Ander', role: 'mantelzorger' },
        ],
      });
      assert.equal(created.statusCode, 201, created.body);
      conversationId = created.json().id;
      personId = created.json().participants[0].id;
      otherId = created.json().participants[1].id;
      const base = `/api/conversations/${conversationId}`;
      const ok = async (response: Promise<{ statusCode: number; body: string }>) => {
        const r = await response;
        assert.ok(r.statusCode < 300, r.body);
        return r;
      };
      await ok(leader.put(`${base}/summary`, { text: about('summary') }));
      await ok(
        leader.put(`${base}/summary/confirmations/${personId}`, {
          state: 'corrected',
          correction: about('correction'),
        }),
      );
      await ok(leader.put(`${base}/steps/contact`, { state: 'skipped', skipReason: about('skip reason') }));
      const agreement = await ok(
        leader.post(`${base}/agreements`, {
          sourceText: about('agreement source'),
          owner: personId,
          action: about('agreement action'),
          deadline: '2026-12-04',
          measure: about('agreement measure'),
          acceptedBy: [personId, otherId],
        }),
      );
      const agreementId = JSON.parse(agreement.body).closing.agreements[0].id;
      await ok(
        leader.patch(`${base}/agreements/${agreementId}`, {
          status: 'done',
          statusNote: about('history note'),
        }),
      );
      await ok(
        leader.post(`${base}/expectations`, {
          label: about('expectation label'),
          note: about('expectation note'),
        }),
      );
      await ok(
        leader.post(`${base}/questions`, {
          askedBy: personId,
          text: about('question'),
          answer: about('answer'),
        }),
      );
      await ok(leader.put(`${base}/feedback`, { asked: true, notes: about('feedback notes') }));
      await ok(leader.put(`${base}/thanks`, { said: true, closingMessage: about('closing message') }));

      // Shared with the person (issue 8): their mail server refuses the address (the refusal quotes it, and
      // lands in the delivery, the job's last error and the leader's notification), so the leader hands them
      // a link; through it they question an agreement and give feedback.
      smtp.refuse.set(PERSON.email, 550);
      await ok(leader.post(`${base}/share`));
      assert.deepEqual(
        (await h.services.jobs.runDue()).map((r) => r.outcome),
        ['failed'],
      );
      // An open agreement of theirs (issue 10) is reminded today, two working days before its deadline: the
      // reminder's row names them, and its mail job, refused like the share, quotes their address.
      await ok(
        leader.post(`${base}/agreements`, {
          owner: personId,
          action: about('reminded agreement'),
          deadline: '2026-12-01',
        }),
      );
      await h.services.followupJobs.ensureScheduled();
      assert.deepEqual(
        (await h.services.jobs.runDue()).map((r) => [r.kind, r.outcome]),
        [
          ['followup.scan', 'done'],
          ['followup.reminder', 'failed'],
        ],
      );
      const link = (await ok(leader.post(`${base}/participants/${personId}/link`, {}))).body;
      const path = new URL(JSON.parse(link).url).pathname;
      const csrf = csrfIn((await h.app.inject({ method: 'GET', url: path })).body);
      const form = (to: string, fields: Record<string, string>) =>
        h.app.inject({
          method: 'POST',
          url: `${path}/${to}`,
          payload: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });
      assert.equal(
        (await form(`agreements/${agreementId}`, { answer: 'questioned', reason: about('answer reason') }))
          .statusCode,
        303,
      );
      assert.equal(
        (await form('feedback', { score: '4', wentWell: about('went well'), tip: about('tip') })).statusCode,
        303,
      );

      const dump = await dumpTables(h);
      for (const [table, rows] of dump) {
        if (table in NO_PARTICIPANT_DATA) continue;
        assert.ok(
          MARKERS.some((m) => m.test(rows)) || rows.includes(personId),
          `table ${table} holds nothing about the person: add it to the fixture or to NO_PARTICIPANT_DATA`,
        );
      }
      for (const table of Object.keys(NO_PARTICIPANT_DATA).filter((t) => !t.startsWith('kysely'))) {
        assert.ok(dump.has(table), `NO_PARTICIPANT_DATA names ${table}, which does not exist`);
        assert.ok(
          !MARKERS.some((m) => m.test(dump.get(table)!)),
          `${table} should hold nothing about the person`,
        );
      }
    });

    test('only administrators reach a person’s data', async () => {
      assert.equal((await leader.get('/api/privacy/people?q=Zwaantje')).statusCode, 403);
      assert.equal(
        (await leader.post('/api/privacy/people/export', { participantIds: [personId] })).statusCode,
        403,
      );
      assert.equal(
        (await leader.post('/api/privacy/people/erase', { participantIds: [personId] })).statusCode,
        403,
      );
      assert.equal((await leader.get('/api/privacy/retention')).statusCode, 403);
    });

    test('the admin finds the person by name, e-mail or phone', async () => {
      for (const q of ['zwaantje', PERSON.email.toUpperCase(), '0611122233', 'Markeer']) {
        const found = await admin.get(`/api/privacy/people?q=${encodeURIComponent(q)}`);
        assert.equal(found.statusCode, 200, found.body);
        assert.deepEqual(
          found.json().map((m: { participantId: string }) => m.participantId),
          [personId],
          q,
        );
      }
      assert.deepEqual((await admin.get('/api/privacy/people?q=%25%25')).json(), []);
    });

    test('the export finds everything written about the person, as JSON and as a readable page', async () => {
      const response = await admin.post('/api/privacy/people/export', { participantIds: [personId] });
      assert.equal(response.statusCode, 200, response.body);
      assert.match(String(response.headers['content-disposition']), /attachment/);
      const json = response.body;
      for (const text of written)
        assert.ok(json.includes(JSON.stringify(text).slice(1, -1)), `export misses: ${text}`);
      const data = response.json();
      assert.deepEqual(data.person, { names: [PERSON.name], emails: [PERSON.email], phones: [PERSON.phone] });
      assert.equal(data.records[0].agreements[0].owner, 'this_person');
      assert.equal(data.records[0].agreements[0].acceptedByThisPerson, true);
      assert.equal(data.records[0].questions[0].askedByThisPerson, true);
      // Another participant's name is not part of this person's export.
      assert.doesNotMatch(json, /Hendrik/);

      const page = await admin.request('POST', '/api/privacy/people/export?format=html', {
        participantIds: [personId],
      });
      assert.equal(page.statusCode, 200);
      assert.match(String(page.headers['content-type']), /text\/html/);
      assert.match(page.body, /<html lang="nl">/);
      for (const text of written)
        assert.ok(page.body.includes(text.replace(/&/g, '&amp;')), `page misses: ${text}`);

      const audit = (await leader.get(`/api/conversations/${conversationId}/access-log`)).json();
      assert.ok(
        audit.some(
          (e: { action: string; userName: string }) =>
            e.action === 'conversation.exported' && e.userName === 'Anna Admin',
        ),
      );
    });

    test('the erasure leaves nothing about the person in any table; the conversation and the other participant stay', async () => {
      const unknown = await admin.post('/api/privacy/people/erase', { participantIds: ['nobody'] });
      assert.equal(codeOf(unknown), 'participant_not_found');
      const erased = await admin.post('/api/privacy/people/erase', { participantIds: [personId] });
      assert.equal(erased.statusCode, 200, erased.body);
      assert.deepEqual(erased.json(), { conversations: 1, participants: 1, deletedConversations: 0 });

      const dump = await dumpTables(h);
      for (const [table, rows] of dump) {
        for (const marker of MARKERS) assert.doesNotMatch(rows, marker, `${table} still holds ${marker}`);
        assert.ok(!rows.includes(personId), `${table} still points at the erased participant`);
      }
      const conversation = (await leader.get(`/api/conversations/${conversationId}`)).json();
      assert.deepEqual(
        conversation.participants.map((p: { name: string }) => p.name),
        ['Hendrik Ander'],
      );
      assert.match(
        conversation.closing.summary.text,
        /summary: \[verwijderd\] \(\[verwijderd\], \[verwijderd\]\)/,
      );
      assert.equal(conversation.closing.agreements[0].owner, null);
      assert.deepEqual(conversation.closing.agreements[0].acceptedBy, [otherId]);
      const audit = (await leader.get(`/api/conversations/${conversationId}/audit`)).json();
      assert.ok(audit.some((e: { action: string }) => e.action === 'privacy.erased'));
    });

    test('erasing with deleteConversations removes the whole conversation', async () => {
      const created = await leader.post('/api/conversations', {
        typeId,
        title: 'Tweede gesprek',
        startsAt: '2026-11-28T10:00:00+01:00',
        mode: 'phone',
        participants: [{ name: PERSON.name }],
      });
      const id = created.json().id;
      const erased = await admin.post('/api/privacy/people/erase', {
        participantIds: [created.json().participants[0].id],
        deleteConversations: true,
      });
      assert.deepEqual(erased.json(), { conversations: 1, participants: 1, deletedConversations: 1 });
      assert.equal((await leader.get(`/api/conversations/${id}`)).statusCode, 404);
    });

    test('the access log: openings by the leader, coalesced in bursts, readable by leader and admin only', async () => {
      const created = await leader.post('/api/conversations', {
        typeId,
        title: 'Bezoek',
        startsAt: '2026-11-29T10:00:00+01:00',
        mode: 'in_person',
      });
      const id = created.json().id;
      await leader.get(`/api/conversations/${id}`);
      await leader.get(`/api/conversations/${id}`);
      h.clock.advance(6 * 60_000);
      await leader.get(`/api/conversations/${id}`);
      const log = await leader.get(`/api/conversations/${id}/access-log`);
      assert.equal(log.statusCode, 200);
      assert.deepEqual(
        log.json().map((e: { action: string; userName: string }) => [e.action, e.userName]),
        [
          ['conversation.opened', 'Lies Leider'],
          ['conversation.opened', 'Lies Leider'],
        ],
      );
      assert.equal((await admin.get(`/api/conversations/${id}/access-log`)).statusCode, 200);
      assert.equal((await colleague.get(`/api/conversations/${id}/access-log`)).statusCode, 404);
      assert.equal((await admin.get(`/api/conversations/nope/access-log`)).statusCode, 404);
    });

    test('warnings about a BSN and health details come with the API’s answer', async () => {
      const created = await leader.post('/api/conversations', {
        typeId,
        title: 'Huisbezoek',
        startsAt: '2026-11-30T10:00:00+01:00',
        mode: 'in_person',
      });
      const id = created.json().id;
      assert.deepEqual(created.json().sensitive, []);
      const answer = await leader.put(`/api/conversations/${id}/summary`, {
        text: 'Mevrouw (BSN 1112.22.333) gebruikt insuline.',
      });
      assert.deepEqual(
        answer
          .json()
          .sensitive.map((s: { field: string; rule: string; text: string }) => [s.field, s.rule, s.text]),
        [
          ['closing.summary.text', 'bsn.elfproef', '1112.22.333'],
          ['closing.summary.text', 'health.medication', 'insuline'],
        ],
      );
      const question = await leader.post(`/api/conversations/${id}/questions`, {
        text: 'Hoe gaat het met de dialyse?',
      });
      const qId = question.json().closing.questions[0].id;
      assert.ok(
        question.json().sensitive.some((s: { field: string }) => s.field === `closing.questions.${qId}.text`),
      );
      assert.equal((await leader.get(`/api/conversations/${id}`)).json().sensitive.length, 3);
    });

    test('retention: a report beforehand, then the run deletes or anonymises, and says what it did', async () => {
      const types = (await admin.get('/api/conversation-types')).json() as { id: string; key: string }[];
      const phoneType = types.find((t) => t.key === 'telefoongesprek')!.id;
      assert.equal(
        (await admin.put(`/api/privacy/retention/${typeId}`, { months: 12, action: 'anonymise' })).statusCode,
        200,
      );
      assert.equal(
        (await admin.put(`/api/privacy/retention/${phoneType}`, { months: 6, action: 'delete' })).statusCode,
        200,
      );
      assert.equal(
        codeOf(await admin.put('/api/privacy/retention/nope', { months: 6, action: 'delete' })),
        'conversation_type_not_found',
      );
      assert.equal(
        (await admin.put(`/api/privacy/retention/${phoneType}`, { months: 0, action: 'delete' })).statusCode,
        400,
      );

      const call = await leader.post('/api/conversations', {
        typeId: phoneType,
        title: 'Telefoon met Jet Bel',
        startsAt: '2026-11-30T11:00:00+01:00',
        mode: 'phone',
        participants: [{ name: 'Jet Bel', phone: '0612345678', contactConsent: true }],
      });
      const callId = call.json().id;
      await leader.post(`/api/conversations/${callId}/finish`, { force: true });
      const visit = (await leader.get(`/api/conversations/${conversationId}`)).json();
      await leader.post(`/api/conversations/${visit.id}/finish`, { force: true });

      const now = (await admin.get('/api/privacy/retention')).json();
      assert.deepEqual(now.items, []);
      h.clock.advance(170 * 86_400_000);
      const soonAnswer = await admin.get('/api/privacy/retention');
      assert.equal(soonAnswer.statusCode, 200, soonAnswer.body);
      const soon = soonAnswer.json();
      assert.deepEqual(
        soon.items.map((i: { conversationId: string; action: string; overdue: boolean }) => [
          i.conversationId,
          i.action,
          i.overdue,
        ]),
        [[callId, 'delete', false]],
      );
      assert.equal((await admin.post('/api/privacy/retention/run?dryRun=true')).json().deleted, 0);

      h.clock.advance(200 * 86_400_000);
      const dry = (await admin.post('/api/privacy/retention/run?dryRun=true')).json();
      assert.equal(dry.deleted, 1);
      assert.equal((await leader.get(`/api/conversations/${callId}`)).statusCode, 200);

      h.clock.advance(2 * 365 * 86_400_000);
      const run = (await admin.post('/api/privacy/retention/run')).json();
      assert.equal(run.deleted, 1);
      assert.ok(run.anonymised >= 1);
      assert.ok(run.logEntriesRemoved > 0);
      assert.equal((await leader.get(`/api/conversations/${callId}`)).statusCode, 404);
      const anonymised = (await leader.get(`/api/conversations/${visit.id}`)).json();
      assert.equal(anonymised.title, 'Geanonimiseerd gesprek');
      assert.deepEqual(
        anonymised.participants.map((p: { name: string }) => p.name),
        ['Deelnemer 1'],
      );
      assert.equal(anonymised.closing.summary.text, '');
      assert.equal(anonymised.closing.agreements[0].status, 'done');
      assert.equal(anonymised.closing.agreements[0].action, '');
      assert.deepEqual(anonymised.sensitive, []);
      // A second run finds nothing more to do.
      const again = (await admin.post('/api/privacy/retention/run')).json();
      assert.equal(again.deleted + again.anonymised, 0);
    });
  });
}
