// Every conversation route of docs/api.md over HTTP, with hostile input, on every dialect.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { STEP_KEYS } from '../../src/core/index.ts';
import { dialects } from './dialects.ts';
import type { Client } from './harness.ts';
import { codeOf, setUp, startHarness, userClient, type Harness } from './harness.ts';

const HOSTILE = `<script>alert("x")</script> '; DROP TABLE conversations; -- \u{1F4A9} "Zoë" & <b>co</b>\nregel 2\ttab`;

for (const dialect of dialects()) {
  describe(`conversations over HTTP on ${dialect}`, () => {
    let h: Harness;
    let admin: Client;
    let leader: Client & { userId: string };
    let typeId: string;
    let id: string;
    let participantId: string;

    before(async () => {
      h = await startHarness(dialect);
      admin = await setUp(h.app);
      leader = await userClient(h.app, admin, {
        email: 'lotte@example.nl',
        name: 'Lotte Leider',
        role: 'leader',
      });
      const types = (await leader.get('/api/conversation-types')).json() as { id: string; key: string }[];
      typeId = types.find((t) => t.key === 'wmo-keukentafelgesprek')!.id;
    });
    after(async () => h.close());

    /** Everything stored about the conversation, to prove a refused request changed nothing. */
    async function snapshot() {
      const conversation = (await leader.get(`/api/conversations/${id}`)).body;
      const audit = (await leader.get(`/api/conversations/${id}/audit`)).body;
      return { conversation, audit };
    }

    test('create: fresh closing record, next steps with computed dates, contact card, pending confirmations', async () => {
      const response = await leader.post('/api/conversations', {
        typeId,
        title: HOSTILE,
        startsAt: '2026-11-27T14:30:00+01:00',
        mode: 'in_person',
        participants: [
          { name: 'Ilse de Vries', role: 'inwoner' },
          { name: 'Mo', email: 'mo@example.nl', contactConsent: true },
        ],
      });
      assert.equal(response.statusCode, 201, response.body);
      const c = response.json();
      id = c.id;
      participantId = c.participants[0].id;
      assert.equal(c.title, HOSTILE.trim());
      assert.equal(c.leaderId, leader.userId);
      assert.equal(c.status, 'open');
      assert.deepEqual(Object.keys(c.closing.steps), [...STEP_KEYS]);
      assert.ok(STEP_KEYS.every((k) => c.closing.steps[k].state === 'open'));
      assert.deepEqual(
        c.closing.expectations.map((e: { date: string }) => e.date),
        ['2026-12-04', '2027-01-08', '2026-12-11'],
      );
      assert.equal(c.closing.contact.card.name, 'Lotte Leider');
      assert.deepEqual(
        c.closing.summary.confirmations.map((x: { state: string }) => x.state),
        ['pending', 'pending'],
      );
      assert.ok(c.participants[1].consentRecordedAt);
      assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
    });

    test('hostile text comes back verbatim in JSON, and the list finds it', async () => {
      const got = await leader.get(`/api/conversations/${id}`);
      assert.equal(got.json().title, HOSTILE.trim());
      assert.match(got.body, /\\u003cscript|<script>/); // JSON, served as application/json: not rendered as HTML
      assert.equal(got.headers['x-content-type-options'], 'nosniff');
      const list = await leader.get(`/api/conversations?q=${encodeURIComponent('DROP TABLE')}`);
      assert.equal(list.json().total, 1);
      const wildcard = await leader.get(`/api/conversations?q=${encodeURIComponent('%')}`);
      assert.equal(wildcard.json().total, 0);
    });

    test('list filters by status, type and day, and pages', async () => {
      const second = await leader.post('/api/conversations', {
        typeId,
        title: 'Tweede gesprek',
        startsAt: '2026-12-01T23:30:00-01:00', // 2 December in Amsterdam
        mode: 'phone',
      });
      assert.equal(second.statusCode, 201);
      const all = (await leader.get('/api/conversations')).json();
      assert.equal(all.total, 2);
      assert.equal(all.items[0].title, 'Tweede gesprek'); // newest start first
      assert.deepEqual(all.items[1].participantNames, ['Ilse de Vries', 'Mo']);
      assert.equal((await leader.get('/api/conversations?from=2026-12-02&to=2026-12-02')).json().total, 1);
      assert.equal((await leader.get('/api/conversations?status=closed')).json().total, 0);
      assert.equal((await leader.get('/api/conversations?limit=1&offset=1')).json().items.length, 1);
      const bad = await leader.get('/api/conversations?from=2026-02-30');
      assert.equal(bad.statusCode, 400);
      assert.equal(codeOf(bad), 'invalid_date');
      const unknown = await leader.get('/api/conversations?sort=evil');
      assert.equal(codeOf(unknown), 'validation_failed');
      assert.equal((await leader.delete(`/api/conversations/${second.json().id}`)).statusCode, 204);
    });

    test('patch the conversation', async () => {
      const response = await leader.patch(`/api/conversations/${id}`, {
        mode: 'video',
        title: 'Keukentafelgesprek',
      });
      assert.equal(response.statusCode, 200);
      assert.equal(response.json().mode, 'video');
      assert.equal(response.json().title, 'Keukentafelgesprek');
    });

    test('participants: add, change (consent needed for contact details), remove', async () => {
      const added = await leader.post(`/api/conversations/${id}/participants`, { name: 'Tijdelijk' });
      assert.equal(added.statusCode, 201);
      const temp = added.json().participants.find((p: { name: string }) => p.name === 'Tijdelijk');
      const noConsent = await leader.patch(`/api/conversations/${id}/participants/${temp.id}`, {
        email: 't@example.nl',
      });
      assert.equal(noConsent.statusCode, 400);
      assert.equal(noConsent.json().error.details.fields[0].path, 'contactConsent');
      const ok = await leader.patch(`/api/conversations/${id}/participants/${temp.id}`, {
        email: 't@example.nl',
        contactConsent: true,
      });
      assert.equal(ok.statusCode, 200);
      const removed = await leader.delete(`/api/conversations/${id}/participants/${temp.id}`);
      assert.equal(removed.statusCode, 200);
      assert.equal(removed.json().participants.length, 2);
      assert.equal(removed.json().closing.summary.confirmations.length, 2);
      const unknown = await leader.delete(`/api/conversations/${id}/participants/${temp.id}`);
      assert.equal(unknown.statusCode, 404);
      assert.equal(codeOf(unknown), 'participant_not_found');
    });

    test('steps: done, skipped needs a reason, unknown step refused', async () => {
      const done = await leader.put(`/api/conversations/${id}/steps/thanks`, { state: 'done' });
      assert.equal(done.json().closing.steps.thanks.state, 'done');
      assert.equal(done.json().status, 'closing');
      const noReason = await leader.put(`/api/conversations/${id}/steps/contact`, { state: 'skipped' });
      assert.equal(noReason.statusCode, 400);
      assert.equal(codeOf(noReason), 'skip_reason_required');
      const skipped = await leader.put(`/api/conversations/${id}/steps/contact`, {
        state: 'skipped',
        skipReason: 'Kennen elkaar al',
      });
      assert.deepEqual(skipped.json().closing.steps.contact, {
        state: 'skipped',
        skipReason: 'Kennen elkaar al',
      });
      const unknown = await leader.put(`/api/conversations/${id}/steps/dance`, { state: 'done' });
      assert.equal(unknown.statusCode, 400);
      assert.equal(unknown.json().error.details.fields[0].path, 'params.step');
    });

    test('summary and confirmations; a changed summary keeps the answer, tied to the earlier text', async () => {
      await leader.put(`/api/conversations/${id}/summary`, {
        text: 'We spraken over hulp bij het huishouden.',
      });
      const confirmed = await leader.put(`/api/conversations/${id}/summary/confirmations/${participantId}`, {
        state: 'confirmed',
      });
      assert.equal(confirmed.json().closing.summary.confirmations[0].state, 'confirmed');
      const same = await leader.put(`/api/conversations/${id}/summary`, {
        text: 'We spraken over hulp bij het huishouden.',
      });
      assert.equal(same.json().closing.summary.confirmations[0].state, 'confirmed');
      assert.equal(same.json().closing.summary.confirmations[0].current, true);
      assert.equal(same.json().closing.summary.revision, 2);
      const changed = await leader.put(`/api/conversations/${id}/summary`, { text: 'Anders samengevat.' });
      const answer = changed.json().closing.summary.confirmations[0];
      // Nothing is silently reset: the answer stays, and says it was given to an earlier text.
      assert.equal(answer.state, 'confirmed');
      assert.equal(answer.current, false);
      assert.equal(answer.source, 'leader');
      assert.equal(changed.json().closing.summary.revision, 3);
      const check = (await leader.get(`/api/conversations/${id}/closing-check`)).json();
      assert.ok(
        check.missing.some(
          (m: { code: string; participantId?: string }) =>
            m.code === 'summary_outdated' && m.participantId === participantId,
        ),
      );
      const again = await leader.put(`/api/conversations/${id}/summary/confirmations/${participantId}`, {
        state: 'confirmed',
      });
      assert.equal(again.json().closing.summary.confirmations[0].current, true);
      const unknown = await leader.put(`/api/conversations/${id}/summary/confirmations/nobody`, {
        state: 'confirmed',
      });
      assert.equal(codeOf(unknown), 'participant_not_found');
    });

    let agreementId: string;
    test('agreements: add, status change with history, owner must take part, remove', async () => {
      const added = await leader.post(`/api/conversations/${id}/agreements`, {
        sourceText: 'Ik bel u vrijdag terug.',
        owner: 'leader',
        action: 'Terugbellen',
        deadline: '2026-12-04',
        acceptedBy: [participantId],
      });
      assert.equal(added.statusCode, 201, added.body);
      const agreement = added.json().closing.agreements[0];
      agreementId = agreement.id;
      assert.equal(agreement.history.length, 1);
      const done = await leader.patch(`/api/conversations/${id}/agreements/${agreementId}`, {
        status: 'done',
        statusNote: 'Gebeld',
      });
      const history = done.json().closing.agreements[0].history;
      assert.deepEqual(
        history.map((e: { status: string; note: string }) => [e.status, e.note]),
        [
          ['open', ''],
          ['done', 'Gebeld'],
        ],
      );
      // A note with the status as it was is kept as news; the same status without a note adds nothing.
      const noted = await leader.patch(`/api/conversations/${id}/agreements/${agreementId}`, {
        status: 'done',
        statusNote: '  Brief ook verstuurd  ',
      });
      const same = await leader.patch(`/api/conversations/${id}/agreements/${agreementId}`, {
        status: 'done',
        statusNote: '',
      });
      assert.equal(noted.statusCode, 200, noted.body);
      assert.deepEqual(
        same
          .json()
          .closing.agreements[0].history.map((e: { status: string; note: string }) => [e.status, e.note]),
        [
          ['open', ''],
          ['done', 'Gebeld'],
          ['done', 'Brief ook verstuurd'],
        ],
      );
      const stranger = await leader.post(`/api/conversations/${id}/agreements`, { owner: 'someone-else' });
      assert.equal(codeOf(stranger), 'owner_not_in_conversation');
      const badDate = await leader.patch(`/api/conversations/${id}/agreements/${agreementId}`, {
        deadline: '2026-13-01',
      });
      assert.equal(codeOf(badDate), 'invalid_date');
      const extra = await leader.post(`/api/conversations/${id}/agreements`, { sourceText: 'weg ermee' });
      const extraId = extra.json().closing.agreements[1].id;
      const removed = await leader.delete(`/api/conversations/${id}/agreements/${extraId}`);
      assert.equal(removed.json().closing.agreements.length, 1);
      assert.equal(
        codeOf(await leader.delete(`/api/conversations/${id}/agreements/${extraId}`)),
        'agreement_not_found',
      );
    });

    test('expectations: add, change, remove', async () => {
      const added = await leader.post(`/api/conversations/${id}/expectations`, {
        label: 'Huisbezoek',
        date: '2026-12-15',
      });
      assert.equal(added.statusCode, 201);
      const e = added.json().closing.expectations.at(-1);
      assert.equal(e.source, 'custom');
      const changed = await leader.patch(`/api/conversations/${id}/expectations/${e.id}`, {
        note: 'Met ergotherapeut',
      });
      assert.equal(changed.json().closing.expectations.at(-1).note, 'Met ergotherapeut');
      const removed = await leader.delete(`/api/conversations/${id}/expectations/${e.id}`);
      assert.equal(removed.json().closing.expectations.length, 3);
      assert.equal(
        codeOf(await leader.patch(`/api/conversations/${id}/expectations/${e.id}`, { note: 'x' })),
        'expectation_not_found',
      );
    });

    test('questions and the question round', async () => {
      const added = await leader.post(`/api/conversations/${id}/questions`, {
        askedBy: participantId,
        text: 'Wanneer hoor ik iets?',
      });
      const q = added.json().closing.questions[0];
      const answered = await leader.patch(`/api/conversations/${id}/questions/${q.id}`, {
        answer: 'Binnen twee weken.',
        state: 'answered',
      });
      assert.equal(answered.json().closing.questions[0].state, 'answered');
      const round = await leader.put(`/api/conversations/${id}/question-round`, {
        targetMinutes: 7,
        startedAt: '2026-11-27T15:10:00+01:00',
      });
      assert.deepEqual(round.json().closing.questionRound, {
        targetMinutes: 7,
        startedAt: '2026-11-27T15:10:00+01:00',
      });
      const extra = await leader.post(`/api/conversations/${id}/questions`, { text: 'Nog iets?' });
      const extraId = extra.json().closing.questions[1].id;
      assert.equal(
        (await leader.delete(`/api/conversations/${id}/questions/${extraId}`)).json().closing.questions
          .length,
        1,
      );
      assert.equal(
        codeOf(await leader.delete(`/api/conversations/${id}/questions/${extraId}`)),
        'question_not_found',
      );
    });

    test('contact, feedback and thanks', async () => {
      const contact = await leader.put(`/api/conversations/${id}/contact`, { shared: true });
      assert.equal(contact.json().closing.contact.shared, true);
      assert.equal(contact.json().closing.contact.card.name, 'Lotte Leider');
      const feedback = await leader.put(`/api/conversations/${id}/feedback`, { asked: true, notes: HOSTILE });
      assert.equal(feedback.json().closing.feedback.notes, HOSTILE.trim());
      const thanks = await leader.put(`/api/conversations/${id}/thanks`, {
        said: true,
        closingMessage: 'Dank voor uw tijd.',
      });
      assert.deepEqual(thanks.json().closing.thanks, { said: true, closingMessage: 'Dank voor uw tijd.' });
    });

    test('refused requests change nothing stored', async () => {
      const before = await snapshot();
      const attempts = [
        await leader.request('POST', `/api/conversations/${id}/agreements`, '{"sourceText": ', {}),
        await leader.post(`/api/conversations/${id}/agreements`, { sourceText: 'x'.repeat(5001) }),
        await leader.post(`/api/conversations/${id}/agreements`, { sourceText: 'bel\u0007' }),
        await leader.post(`/api/conversations/${id}/agreements`, { deadline: '2026-02-29' }),
        await leader.post(`/api/conversations/${id}/agreements`, { sourceText: 'a', extra: 1 }),
        await leader.post(`/api/conversations/${id}/agreements`, { owner: 12 }),
        await leader.put(`/api/conversations/${id}/summary`, { text: 'y'.repeat(1024 * 1024) }),
        await leader.put(`/api/conversations/${id}/summary`, { text: 'z'.repeat(20_001) }),
        await leader.patch(`/api/conversations/${id}`, { startsAt: '2026-11-27 14:00' }),
        await leader.patch(`/api/conversations/${id}`, { status: 'exploded' }),
        await leader.request('PUT', `/api/conversations/${id}/summary`, 'text=x', {
          'content-type': 'application/x-www-form-urlencoded',
        }),
        await leader.request('PUT', `/api/conversations/${id}/summary`, 'plain', {
          'content-type': 'text/plain',
        }),
        await leader.request('POST', `/api/conversations/${id}/agreements`, '{"__proto__": {"x": 1}}', {}),
      ];
      assert.deepEqual(
        attempts.map((r) => [r.statusCode, codeOf(r)]),
        [
          [400, 'malformed_json'],
          [400, 'validation_failed'],
          [400, 'validation_failed'],
          [400, 'invalid_date'],
          [400, 'validation_failed'],
          [400, 'validation_failed'],
          [413, 'payload_too_large'],
          [400, 'validation_failed'],
          [400, 'validation_failed'],
          [400, 'validation_failed'],
          [415, 'unsupported_media_type'],
          [415, 'unsupported_media_type'],
          [400, 'malformed_json'],
        ],
      );
      assert.ok(attempts.every((r) => r.json().error.message.length > 0));
      assert.deepEqual(await snapshot(), before);
    });

    test('unknown ids answer 404 with the exact code, in both languages', async () => {
      const nl = await leader.get('/api/conversations/does-not-exist');
      assert.equal(nl.statusCode, 404);
      assert.equal(codeOf(nl), 'conversation_not_found');
      assert.equal(nl.json().error.message, 'Dit gesprek bestaat niet, of het is niet van u.');
      leader.lang = 'en';
      const en = await leader.patch(`/api/conversations/${id}/agreements/nope`, { action: 'x' });
      assert.equal(codeOf(en), 'agreement_not_found');
      assert.equal(en.json().error.message, 'This agreement is not part of this conversation.');
      const route = await leader.get('/api/no-such-route');
      assert.equal(route.statusCode, 404);
      assert.equal(route.json().error.message, 'This address does not exist.');
      const weird = await leader.get(`/api/conversations/${encodeURIComponent("' OR 1=1 --")}`);
      assert.equal(codeOf(weird), 'conversation_not_found');
      leader.lang = 'nl';
    });

    test('closing check, finish refused while incomplete, finish with force', async () => {
      const check = await leader.get(`/api/conversations/${id}/closing-check`);
      assert.equal(check.statusCode, 200);
      const codes = check.json().missing.map((m: { code: string }) => m.code);
      assert.ok(codes.includes('step_open'));
      assert.ok(codes.includes('summary_unconfirmed'));
      const refused = await leader.post(`/api/conversations/${id}/finish`, {});
      assert.equal(refused.statusCode, 409);
      assert.equal(codeOf(refused), 'closing_incomplete');
      assert.deepEqual(refused.json().error.details.missing, check.json().missing);
      assert.equal((await leader.get(`/api/conversations/${id}`)).json().status, 'closing');
      const forced = await leader.post(`/api/conversations/${id}/finish`, { force: true });
      assert.equal(forced.statusCode, 200);
      assert.equal(forced.json().status, 'closed');
      assert.equal(forced.json().closedAt, '2026-11-27T09:00:00.000Z');
    });

    test('the audit log names who did what, without content', async () => {
      const audit = (await leader.get(`/api/conversations/${id}/audit`)).json() as {
        action: string;
        userId: string;
        details: object;
      }[];
      const actions = audit.map((e) => e.action);
      assert.equal(actions[0], 'conversation.created');
      assert.equal(actions.at(-1), 'conversation.closed');
      for (const a of [
        'agreement.added',
        'agreement.updated',
        'step.skipped',
        'summary.confirmation',
        'participant.removed',
      ]) {
        assert.ok(actions.includes(a), a);
      }
      assert.ok(audit.every((e) => e.userId === leader.userId));
      assert.doesNotMatch(JSON.stringify(audit), /huishouden|Terugbellen|script/);
    });

    test('delete removes the conversation; the audit keeps that it happened', async () => {
      assert.equal((await leader.delete(`/api/conversations/${id}`)).statusCode, 204);
      assert.equal(codeOf(await leader.get(`/api/conversations/${id}`)), 'conversation_not_found');
      assert.equal(codeOf(await leader.delete(`/api/conversations/${id}`)), 'conversation_not_found');
      const stored = await h.storage.repos.audit.forConversation(id);
      assert.equal(stored.at(-1)?.action, 'conversation.deleted');
    });

    test('a conversation of an unknown or archived type is refused', async () => {
      const unknown = await leader.post('/api/conversations', {
        typeId: 'nope',
        title: 't',
        startsAt: '2026-11-27T10:00:00Z',
        mode: 'phone',
      });
      assert.equal(codeOf(unknown), 'conversation_type_not_found');
      const created = await admin.post('/api/conversation-types', { key: 'oud-type', name: 'Oud' });
      await admin.patch(`/api/conversation-types/${created.json().id}`, { archived: true });
      const archived = await leader.post('/api/conversations', {
        typeId: created.json().id,
        title: 't',
        startsAt: '2026-11-27T10:00:00Z',
        mode: 'phone',
      });
      assert.equal(codeOf(archived), 'conversation_type_not_found');
    });

    test('limits per conversation answer limit_reached', async () => {
      const c = await leader.post('/api/conversations', {
        typeId,
        title: 'Vol',
        startsAt: '2026-11-27T10:00:00Z',
        mode: 'phone',
      });
      const cid = c.json().id;
      for (let i = 0; i < 50; i++)
        await leader.post(`/api/conversations/${cid}/expectations`, { label: `Stap ${i}` });
      const over = await leader.post(`/api/conversations/${cid}/expectations`, { label: 'Een te veel' });
      assert.equal(over.statusCode, 409);
      assert.equal(codeOf(over), 'limit_reached');
    });

    test('transcripts: only text types, and the size limit', async () => {
      const json = await leader.post('/api/analyses', { text: 'x' });
      assert.equal(json.statusCode, 400); // a JSON body is not a transcript
      const xml = await leader.request('POST', '/api/analyses', '<x/>', {
        'content-type': 'application/xml',
      });
      assert.equal(codeOf(xml), 'unsupported_media_type');
      const huge = await leader.request('POST', '/api/analyses', 'a'.repeat(10 * 1024 * 1024 + 1), {
        'content-type': 'text/plain',
      });
      assert.equal(huge.statusCode, 413);
    });

    test('the agreement reader reads owner, deadline and SMART letters', async () => {
      const response = await leader.post('/api/agreements/read', {
        text: 'Ik bel u vrijdag over de traplift.',
        date: '2026-11-25',
        speaker: 'Anna',
        participants: ['Anna', 'Piet'],
        lang: 'nl',
      });
      assert.equal(response.statusCode, 200, response.body);
      const reading = response.json();
      assert.equal(reading.owner, 'Anna');
      assert.equal(reading.deadline.date, '2026-11-27');
      assert.equal(reading.smart.timeBound, true);
      // Hints come as codes with their words in the reader's language.
      const vague = await leader.request(
        'POST',
        '/api/agreements/read',
        JSON.stringify({ text: 'Ik kijk er binnenkort naar.', date: '2026-11-25', lang: 'nl' }),
        { 'content-type': 'application/json', 'accept-language': 'en' },
      );
      const hint = vague.json().hints.find((h: { code: string }) => h.code === 'deadline_vague');
      // The example deadline is a real Friday a week or more after the day, written out in the words.
      assert.deepEqual(hint.params, { term: 'binnenkort', example: '2026-12-04' });
      assert.match(hint.message, /"binnenkort" promises no day/);
      assert.match(hint.message, /"by Friday 4 December"/);
      const badDate = await leader.post('/api/agreements/read', { text: 'x', date: '2026-02-30' });
      assert.equal(codeOf(badDate), 'invalid_date');
    });

    test("a transcript is analysed, with tips in the reader's language", async () => {
      const transcript = [
        'Anna: Zal ik even samenvatten wat we hebben besproken? U wilt hulp bij het huishouden.',
        'Piet: Ja, dat klopt.',
        'Anna: Ik stuur u vrijdag het verslag.',
        'Anna: Bedankt voor het gesprek, fijne dag nog.',
      ].join('\n');
      const headers = { 'content-type': 'text/plain', 'x-file-name': 'gesprek.txt' };
      const dutch = await leader.request('POST', '/api/analyses?date=2026-11-25', transcript, headers);
      assert.equal(dutch.statusCode, 200, dutch.body);
      assert.equal(dutch.json().language, 'nl');
      assert.equal(dutch.json().steps.thanks.present, true);
      const english = await leader.request('POST', '/api/analyses?date=2026-11-25', transcript, {
        ...headers,
        'accept-language': 'en',
      });
      assert.equal(english.json().language, 'nl');
      assert.ok(english.json().tips.length > 0);
      assert.notDeepEqual(
        english.json().tips.map((tip: { text: string }) => tip.text),
        dutch.json().tips.map((tip: { text: string }) => tip.text),
      );
      // Each agreement says how sure it is; the OpenAPI document describes the answer field by field.
      const agreement = dutch.json().agreements[0];
      assert.equal(agreement.line, 3);
      assert.equal(agreement.confidence.level, 'sure');
      assert.deepEqual(agreement.confidence.evidence.lines, [3]);
      const openapi = (await leader.request('GET', '/api/openapi.json')).json();
      const answer = openapi.paths['/api/analyses'].post.responses['200'].content['application/json'].schema;
      assert.ok(answer.properties.agreements.items.properties.confidence);
      const binary = await leader.request('POST', '/api/analyses', 'a\u0000b\u0001c', headers);
      assert.equal(binary.statusCode, 422);
      assert.equal(codeOf(binary), 'transcript_invalid');
    });
  });
}
