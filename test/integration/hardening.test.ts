// The findings of the outside security and reliability test (issue 13), each as the request that got through
// before, on every dialect: setup without its code or on a foreign host, closing or reopening by PATCH, floods
// with forged cookies, spoofed X-Forwarded-For, query strings in the log, ill-formed text, unknown keys inside
// nested objects, UTF-16 transcripts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { SETUP_CODE_TTL_MS } from '../../src/services/index.ts';
import { dialects } from './dialects.ts';
import { ADMIN, Client, codeOf, setUp, startHarness, userClient, type Harness } from './harness.ts';

/** The setup body without a code, for the tests that bring their own. */
const { setupCode: _code, ...ADMIN_WITHOUT_CODE } = ADMIN;

/** The field paths and codes of a validation error (the message beside each is its words, in Dutch here). */
function fieldsOf(response: { json(): unknown }): { path: string; code: string }[] {
  return (
    (response.json() as { error: { details?: { fields?: { path: string; code: string }[] } } }).error.details
      ?.fields ?? []
  ).map(({ path, code }) => ({ path, code }));
}

async function newConversation(client: Client, title = 'Keukentafel'): Promise<string> {
  const types = (await client.get('/api/conversation-types')).json() as { id: string }[];
  const created = await client.post('/api/conversations', {
    typeId: types[0]!.id,
    title,
    startsAt: '2026-11-27T14:30:00+01:00',
    mode: 'in_person',
    participants: [{ name: 'Ilse de Vries' }],
  });
  assert.equal(created.statusCode, 201, created.body);
  return created.json().id;
}

for (const dialect of dialects()) {
  describe(`finding 2: first-run setup needs the setup code, on ${dialect}`, () => {
    let h: Harness;
    before(async () => {
      // No SETUP_CODE: the server issues the code itself, as at a first `npm start`.
      h = await startHarness(dialect, { setupCode: null });
    });
    after(async () => h.close());

    test('a foreign Host with a matching Origin and no code does not create the administrator', async () => {
      const response = await new Client(h.app).post('/api/setup', ADMIN_WITHOUT_CODE, {
        host: 'attacker.example',
        origin: 'http://attacker.example',
      });
      assert.equal(response.statusCode, 400);
      assert.deepEqual(
        fieldsOf(response).map((f) => f.path),
        ['setupCode'],
      );
      assert.equal(await h.storage.repos.users.count(), 0);
    });

    test('before any code was issued, and with a guessed one, setup is refused and stores nothing', async () => {
      const guessed = await new Client(h.app, 'en').post(
        '/api/setup',
        { ...ADMIN_WITHOUT_CODE, setupCode: 'AAAA-BBBB-CCCC' },
        { host: 'attacker.example', origin: 'http://attacker.example' },
      );
      assert.equal(guessed.statusCode, 403);
      assert.equal(codeOf(guessed), 'setup_code_invalid');
      assert.match(guessed.json().error.message, /npx sluitstuk setup-code/);
      assert.equal(await h.storage.repos.users.count(), 0);
    });

    test('an issued code works once, an expired or replaced one not at all, and it is stored only hashed', async () => {
      const first = (await h.services.auth.issueSetupCode())!;
      assert.match(first.code, /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      const stored = (await h.storage.repos.setupCodes.get())!;
      assert.ok(!JSON.stringify(stored).includes(first.code.replace(/-/g, '')));

      // Expired: a day later the printed code no longer opens the installation.
      h.clock.advance(SETUP_CODE_TTL_MS + 1000);
      const late = await new Client(h.app).post('/api/setup', {
        ...ADMIN_WITHOUT_CODE,
        setupCode: first.code,
      });
      assert.equal(codeOf(late), 'setup_code_invalid');

      // Replaced: `sluitstuk setup-code` (or a restart) makes a new one; the earlier one stops working.
      const second = (await h.services.auth.issueSetupCode())!;
      const third = (await h.services.auth.issueSetupCode())!;
      const replaced = await new Client(h.app).post('/api/setup', {
        ...ADMIN_WITHOUT_CODE,
        setupCode: second.code,
      });
      assert.equal(codeOf(replaced), 'setup_code_invalid');
      assert.equal(await h.storage.repos.users.count(), 0);

      // Typed in lower case and without dashes, as a person might: accepted.
      const typed = third.code.toLowerCase().replace(/-/g, ' ');
      const ok = await new Client(h.app).post('/api/setup', { ...ADMIN_WITHOUT_CODE, setupCode: typed });
      assert.equal(ok.statusCode, 201, ok.body);
      assert.equal(await h.storage.repos.setupCodes.get(), null);
      assert.equal(await h.services.auth.issueSetupCode(), null);
    });
  });

  describe(`finding 2: with PUBLIC_URL only its host may set up or sign in, on ${dialect}`, () => {
    let h: Harness;
    before(async () => {
      h = await startHarness(dialect, { publicUrl: new URL('https://sluitstuk.example.nl') });
    });
    after(async () => h.close());

    test('a foreign Host is refused even with the right code and a matching Origin', async () => {
      const response = await new Client(h.app).post('/api/setup', ADMIN, {
        host: 'attacker.example',
        origin: 'http://attacker.example',
      });
      assert.equal(response.statusCode, 403);
      assert.equal(codeOf(response), 'host_not_allowed');
      const login = await new Client(h.app).post(
        '/api/auth/login',
        { email: ADMIN.email, password: ADMIN.password },
        { host: 'attacker.example' },
      );
      assert.equal(codeOf(login), 'host_not_allowed');
      assert.equal(await h.storage.repos.users.count(), 0);
    });

    test('the configured host with the code sets up', async () => {
      const response = await new Client(h.app).post('/api/setup', ADMIN, {
        host: 'sluitstuk.example.nl',
        origin: 'https://sluitstuk.example.nl',
      });
      assert.equal(response.statusCode, 201, response.body);
    });
  });

  describe(`finding 3: the status changes only by finish and an audited reopen, on ${dialect}`, () => {
    let h: Harness;
    let leader: Client & { userId: string };
    let id: string;
    before(async () => {
      h = await startHarness(dialect);
      const admin = await setUp(h.app);
      leader = await userClient(h.app, admin, { email: 'lotte@example.nl', name: 'Lotte', role: 'leader' });
      id = await newConversation(leader);
    });
    after(async () => h.close());

    test('PATCH cannot close a conversation past the closing check', async () => {
      const refused = await leader.post(`/api/conversations/${id}/finish`, {});
      assert.equal(codeOf(refused), 'closing_incomplete');
      const patched = await leader.patch(`/api/conversations/${id}`, { status: 'closed' });
      assert.equal(patched.statusCode, 400);
      assert.equal(codeOf(patched), 'validation_failed');
      const now = (await leader.get(`/api/conversations/${id}`)).json();
      assert.equal(now.status, 'open');
      assert.equal(now.closedAt, null);
    });

    test('PATCH cannot reopen a closed one; reopen needs a reason, keeps it in the audit and clears closedAt', async () => {
      const closed = await leader.post(`/api/conversations/${id}/finish`, { force: true });
      assert.equal(closed.statusCode, 200, closed.body);
      const closedAt = closed.json().closedAt;
      assert.ok(closedAt);

      const patched = await leader.patch(`/api/conversations/${id}`, { status: 'open' });
      assert.equal(codeOf(patched), 'validation_failed');
      assert.equal((await leader.get(`/api/conversations/${id}`)).json().closedAt, closedAt);

      const again = await leader.post(`/api/conversations/${id}/finish`, { force: true });
      assert.equal(again.statusCode, 409);
      assert.equal(codeOf(again), 'conversation_closed');

      const noReason = await leader.post(`/api/conversations/${id}/reopen`, { reason: '  ' });
      assert.equal(codeOf(noReason), 'validation_failed');
      const reopened = await leader.post(`/api/conversations/${id}/reopen`, {
        reason: 'Mevrouw belde: de datum klopt niet',
      });
      assert.equal(reopened.statusCode, 200, reopened.body);
      assert.equal(reopened.json().status, 'closing');
      assert.equal(reopened.json().closedAt, null);

      const audit = (await leader.get(`/api/conversations/${id}/audit`)).json() as {
        action: string;
        details: Record<string, unknown>;
      }[];
      const entry = audit.find((a) => a.action === 'conversation.reopened');
      assert.deepEqual(entry?.details, { reason: 'Mevrouw belde: de datum klopt niet', closedAt });
      assert.ok(!audit.some((a) => a.action === 'conversation.updated' && 'status' in a.details));

      const twice = await leader.post(`/api/conversations/${id}/reopen`, { reason: 'nog eens' });
      assert.equal(codeOf(twice), 'conversation_not_closed');
    });

    test("someone else's conversation cannot be reopened, and answers 404", async () => {
      const other = await userClient(h.app, await adminOf(h), {
        email: 'piet@example.nl',
        name: 'Piet',
        role: 'leader',
      });
      await leader.post(`/api/conversations/${id}/finish`, { force: true });
      const response = await other.post(`/api/conversations/${id}/reopen`, { reason: 'ik wil het zien' });
      assert.equal(response.statusCode, 404);
      assert.equal((await leader.get(`/api/conversations/${id}`)).json().status, 'closed');
    });
  });

  describe(`finding 4: requests with forged session cookies are counted by the rate limit, on ${dialect}`, () => {
    let h: Harness;
    before(async () => {
      h = await startHarness(dialect, { rateLimits: { general: 20, login: 10 } });
    });
    after(async () => h.close());

    test('a flood of made-up cookies meets 429', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) {
        const response = await h.app.inject({
          method: 'GET',
          url: '/api/conversations',
          headers: { cookie: `sluitstuk_session=${randomBytes(32).toString('base64url')}` },
        });
        statuses.push(response.statusCode);
      }
      assert.deepEqual(statuses.slice(0, 20), Array(20).fill(401));
      assert.deepEqual(statuses.slice(20), Array(10).fill(429));
    });
  });

  describe(`finding 5: a hop-count proxy setting ignores spoofed X-Forwarded-For, on ${dialect}`, () => {
    for (const trustProxy of [1, ['127.0.0.1']] as const) {
      test(`TRUST_PROXY=${JSON.stringify(trustProxy)}: rotating the left part of the header does not escape the login limit`, async () => {
        const h = await startHarness(dialect, {
          // signIn: the login route's own flood guard per address (failed logins per account have their own limit).
          rateLimits: { general: 100_000, login: 10, signIn: 10 },
          trustProxy: trustProxy as number | string[],
        });
        try {
          const statuses: number[] = [];
          for (let i = 0; i < 30; i++) {
            const response = await h.app.inject({
              method: 'POST',
              url: '/api/auth/login',
              // A new account each time, so only the per-address limit can stop it (issue 12's account limit aside).
              payload: { email: `nobody-${i}@example.nl`, password: 'wrong-password' },
              // The client made up the first address; the one proxy appended the real one.
              headers: { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.7` },
            });
            statuses.push(response.statusCode);
          }
          assert.deepEqual(statuses.slice(0, 10), Array(10).fill(401));
          assert.deepEqual(statuses.slice(10), Array(20).fill(429));
        } finally {
          await h.close();
        }
      });
    }
  });

  describe(`finding 7: the log names the route, never the query or a name, on ${dialect}`, () => {
    let h: Harness;
    const lines: string[] = [];
    before(async () => {
      h = await startHarness(dialect, { logStream: { write: (line) => void lines.push(line) } });
    });
    after(async () => h.close());

    test('a search and an analysis with a leader name leave only routes in the log', async () => {
      const admin = await setUp(h.app);
      const id = await newConversation(admin, 'Gesprek met familie Jansen');
      assert.equal((await admin.get('/api/conversations?q=jansen')).statusCode, 200);
      assert.equal((await admin.get(`/api/conversations/${id}?naam=Jansen`)).statusCode, 200);
      const analysed = await admin.request(
        'POST',
        '/api/analyses?leader=Jansen&date=2026-11-27',
        'Lotte: Goedemiddag.\nJan: Dag.',
        { 'content-type': 'text/plain' },
      );
      assert.equal(analysed.statusCode, 200, analysed.body);
      await admin.get('/api/nergens?wie=jansen');
      const log = lines.join('');
      assert.doesNotMatch(log, /jansen/i);
      assert.doesNotMatch(log, /\?/);
      const requests = lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'request');
      assert.ok(
        requests.some(
          (r) => r.route === '/api/conversations' && r.method === 'GET' && r.status === 200 && 'ms' in r,
        ),
      );
      assert.ok(requests.some((r) => r.route === '/api/conversations/:id'));
      assert.ok(requests.some((r) => r.route === '(not found)' && r.status === 404));
    });
  });

  describe(`finding 8: text that is not valid Unicode is refused, limits count characters, on ${dialect}`, () => {
    let h: Harness;
    let leader: Client;
    let id: string;
    before(async () => {
      h = await startHarness(dialect);
      leader = await setUp(h.app);
      id = await newConversation(leader);
    });
    after(async () => h.close());

    test('a lone surrogate is refused with a clear field error, and nothing is stored', async () => {
      const before = (await leader.get(`/api/conversations/${id}`)).body;
      // JSON.stringify writes a lone surrogate as the escape \ud800, as a hostile client would send it.
      const title = await leader.patch(`/api/conversations/${id}`, { title: 'x\ud800y' });
      assert.equal(title.statusCode, 400);
      assert.deepEqual(fieldsOf(title), [{ path: 'title', code: 'ill_formed_text' }]);
      const summary = await leader.put(`/api/conversations/${id}/summary`, { text: 'a\udc00' });
      assert.deepEqual(fieldsOf(summary), [{ path: 'text', code: 'ill_formed_text' }]);
      const created = await leader.post('/api/conversations', {
        typeId: (await leader.get(`/api/conversations/${id}`)).json().typeId,
        title: 'Nieuw',
        startsAt: '2026-11-27T14:30:00+01:00',
        mode: 'phone',
        participants: [{ name: '\ud83d' }],
      });
      assert.deepEqual(fieldsOf(created), [{ path: 'participants.0.name', code: 'ill_formed_text' }]);
      assert.equal((await leader.get(`/api/conversations/${id}`)).body, before);
    });

    test('20,000 emoji fit the 20,000-character summary and come back unchanged; one more does not; a cut emoji is refused', async () => {
      const full = '\u{1F600}'.repeat(20_000);
      const stored = await leader.put(`/api/conversations/${id}/summary`, { text: full });
      assert.equal(stored.statusCode, 200, stored.body.slice(0, 300));
      const read = (await leader.get(`/api/conversations/${id}`)).json();
      assert.equal(read.closing.summary.text, full);
      assert.equal([...read.closing.summary.text].length, 20_000);

      const over = await leader.put(`/api/conversations/${id}/summary`, { text: full + 'x' });
      assert.deepEqual(fieldsOf(over), [{ path: 'text', code: 'too_long' }]);
      const cut = await leader.put(`/api/conversations/${id}/summary`, { text: full.slice(0, 39_999) });
      assert.deepEqual(fieldsOf(cut), [{ path: 'text', code: 'ill_formed_text' }]);
      assert.equal((await leader.get(`/api/conversations/${id}`)).json().closing.summary.text, full);
    });

    test('an ill-formed password is refused at sign-in instead of being matched as U+FFFD', async () => {
      const response = await new Client(h.app).post('/api/auth/login', {
        email: ADMIN.email,
        password: 'lange-zin-als-wachtwoord\ud800',
      });
      assert.equal(response.statusCode, 400);
    });
  });

  describe(`finding 9: nested objects are strict, and UTF-16 transcripts are read, on ${dialect}`, () => {
    let h: Harness;
    let admin: Client;
    let id: string;
    before(async () => {
      h = await startHarness(dialect);
      admin = await setUp(h.app);
      id = await newConversation(admin);
    });
    after(async () => h.close());

    test('an unknown key inside contactCard is refused, not dropped', async () => {
      const card = { name: 'Anna', role: 'Consulent', phone: null, email: null, reachability: 'ma-do' };
      const before = (await admin.get(`/api/conversations/${id}`)).body;
      const contact = await admin.put(`/api/conversations/${id}/contact`, { card: { ...card, bsn: '123' } });
      assert.equal(contact.statusCode, 400);
      assert.equal((await admin.get(`/api/conversations/${id}`)).body, before);
      const profile = await admin.patch('/api/me', { contactCard: { ...card, mobile: '06' } });
      assert.equal(profile.statusCode, 400);
      assert.equal((await admin.patch('/api/me', { contactCard: card })).statusCode, 200);
    });

    test('an unknown key inside a next-step template or its term is refused', async () => {
      const base = { key: 'intake', name: 'Intake' };
      const step = { label: 'Verslag', term: { amount: 5, unit: 'working_days' } };
      const extra = await admin.post('/api/conversation-types', {
        ...base,
        nextSteps: [{ ...step, owner: 'x' }],
      });
      assert.equal(extra.statusCode, 400);
      const term = await admin.post('/api/conversation-types', {
        ...base,
        nextSteps: [{ ...step, term: { ...step.term, skipWeekends: true } }],
      });
      assert.equal(term.statusCode, 400);
      assert.equal(
        (await admin.post('/api/conversation-types', { ...base, nextSteps: [step] })).statusCode,
        201,
      );
    });

    for (const [name, encode] of [
      ['UTF-16LE', (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])],
      [
        'UTF-16BE',
        (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]),
      ],
      ['UTF-8 with BOM', (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)])],
    ] as const) {
      test(`a ${name} transcript is analysed like its UTF-8 twin`, async () => {
        const transcript = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Zoë>Dank u wel voor het gesprek.\n';
        const post = (payload: Buffer) =>
          h.app.inject({
            method: 'POST',
            url: '/api/analyses?date=2026-11-27',
            payload,
            headers: {
              'content-type': 'text/vtt',
              cookie: `sluitstuk_session=${admin.cookie}`,
              'x-csrf-token': admin.csrf!,
            },
          });
        const plain = await post(Buffer.from(transcript));
        const encoded = await post(encode(transcript));
        assert.equal(encoded.statusCode, 200, encoded.body);
        assert.deepEqual(encoded.json().utterances, plain.json().utterances);
        assert.deepEqual(encoded.json().speakers, ['Zoë']);
      });
    }
  });
}

/** The administrator of a harness that was set up with setUp(), signed in anew. */
async function adminOf(h: Harness): Promise<Client> {
  const admin = new Client(h.app);
  const response = await admin.post('/api/auth/login', { email: ADMIN.email, password: ADMIN.password });
  assert.equal(response.statusCode, 200, response.body);
  return admin;
}
