// The authorisation matrix: every route × every role × own/other's resource, with the exact status.
// Conversations are visible only to their own leader: anyone else gets 404, as if they did not exist.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dialects } from './dialects.ts';
import { ADMIN, Client, codeOf, setUp, startHarness, userClient, type Harness } from './harness.ts';

type Role = 'anonymous' | 'owner' | 'otherLeader' | 'coach' | 'otherCoach' | 'admin';
const ROLES: Role[] = ['anonymous', 'otherLeader', 'coach', 'otherCoach', 'admin', 'owner'];

interface Fixture {
  conversationId: string;
  participantId: string;
  agreementId: string;
  expectationId: string;
  questionId: string;
}

interface Row {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: (f: Fixture, ids: Ids) => string;
  body?: (n: number) => unknown;
  expect: Record<Role, number>;
}

interface Ids {
  teamId: string;
  ownerId: string;
  otherLeaderId: string;
  typeId: string;
}

const signedIn = (ok: number): Record<Role, number> => ({
  anonymous: 401,
  owner: ok,
  otherLeader: ok,
  coach: ok,
  otherCoach: ok,
  admin: ok,
});
const adminOnly = (ok: number): Record<Role, number> => ({
  anonymous: 401,
  owner: 403,
  otherLeader: 403,
  coach: 403,
  otherCoach: 403,
  admin: ok,
});
const ownerOnly = (ok: number): Record<Role, number> => ({
  anonymous: 401,
  owner: ok,
  otherLeader: 404,
  coach: 404,
  otherCoach: 404,
  admin: 404,
});
const everyone = (status: number): Record<Role, number> => ({
  anonymous: status,
  owner: status,
  otherLeader: status,
  coach: status,
  otherCoach: status,
  admin: status,
});

const c = (f: Fixture) => `/api/conversations/${f.conversationId}`;
const ROWS: Row[] = [
  { method: 'GET', path: () => '/api/health', expect: everyone(200) },
  { method: 'GET', path: () => '/api/setup', expect: everyone(200) },
  { method: 'POST', path: () => '/api/setup', body: () => ADMIN, expect: everyone(409) },
  {
    method: 'POST',
    path: () => '/api/auth/login',
    // A different unknown account per call: six wrong passwords for one account would lock it (login limits).
    body: (n: number) => ({ email: `niemand-${n}@example.nl`, password: 'not-the-password' }),
    expect: everyone(401),
  },
  { method: 'GET', path: () => '/api/auth/session', expect: signedIn(200) },
  // A wrong current password: proves the route was reached without changing anything.
  {
    method: 'POST',
    path: () => '/api/auth/password',
    body: () => ({ currentPassword: 'wrong-password', newPassword: 'another-long-password' }),
    expect: signedIn(400),
  },
  { method: 'PATCH', path: () => '/api/me', body: () => ({ locale: 'nl' }), expect: signedIn(200) },
  {
    method: 'PATCH',
    path: () => '/api/organisation',
    body: () => ({ contact: 'Bel 14 020 of kijk op de website van de gemeente.' }),
    expect: adminOnly(200),
  },
  { method: 'GET', path: () => '/api/users', expect: adminOnly(200) },
  {
    method: 'POST',
    path: () => '/api/users',
    body: (n) => ({
      email: `new${n}@example.nl`,
      name: `Nieuw ${n}`,
      role: 'leader',
      password: 'een-lang-wachtwoord',
    }),
    expect: adminOnly(201),
  },
  {
    method: 'PATCH',
    path: (_f, ids) => `/api/users/${ids.otherLeaderId}`,
    body: () => ({ name: 'Bram B.' }),
    expect: adminOnly(200),
  },
  { method: 'PATCH', path: () => '/api/users/nobody', body: () => ({ name: 'x' }), expect: adminOnly(404) },
  { method: 'GET', path: () => '/api/teams', expect: signedIn(200) },
  { method: 'POST', path: () => '/api/teams', body: (n) => ({ name: `Team ${n}` }), expect: adminOnly(201) },
  {
    method: 'GET',
    path: (_f, ids) => `/api/teams/${ids.teamId}/statistics`,
    expect: { anonymous: 401, owner: 403, otherLeader: 403, coach: 200, otherCoach: 403, admin: 200 },
  },
  {
    method: 'GET',
    path: () => '/api/teams/nope/statistics',
    expect: { anonymous: 401, owner: 403, otherLeader: 403, coach: 403, otherCoach: 403, admin: 404 },
  },
  // Practice (issue 11): an attempt of someone else is 404 (see http-practice.test.ts for the owner's side);
  // the team's numbers are for its coach only, not for an administrator.
  { method: 'GET', path: () => '/api/practice/scenarios', expect: signedIn(200) },
  { method: 'GET', path: () => '/api/practice/scenarios/nl-tijd-op', expect: signedIn(200) },
  { method: 'GET', path: () => '/api/practice/cards', expect: signedIn(200) },
  { method: 'GET', path: () => '/api/practice/attempts', expect: signedIn(200) },
  { method: 'GET', path: () => '/api/practice/attempts/nope', expect: signedIn(404) },
  {
    method: 'GET',
    path: (_f, ids) => `/api/teams/${ids.teamId}/practice`,
    expect: { anonymous: 401, owner: 403, otherLeader: 403, coach: 200, otherCoach: 403, admin: 403 },
  },
  { method: 'GET', path: () => '/api/conversation-types', expect: signedIn(200) },
  { method: 'GET', path: () => '/api/conversation-types/default', expect: signedIn(200) },
  {
    method: 'POST',
    path: () => '/api/conversation-types',
    body: (n) => ({ key: `type-${n}`, name: `Type ${n}` }),
    expect: adminOnly(201),
  },
  {
    method: 'PATCH',
    path: (_f, ids) => `/api/conversation-types/${ids.typeId}`,
    body: () => ({ description: 'x' }),
    expect: adminOnly(200),
  },
  {
    method: 'POST',
    path: () => '/api/users/invite',
    body: (n) => ({ email: `inv${n}@example.nl`, name: `Uitgenodigd ${n}`, role: 'leader' }),
    expect: adminOnly(201),
  },
  { method: 'POST', path: () => '/api/users/nobody/invitation', expect: adminOnly(404) },
  {
    method: 'PATCH',
    path: (_f, ids) => `/api/teams/${ids.teamId}`,
    body: () => ({ name: 'Team Oost' }),
    expect: adminOnly(200),
  },
  { method: 'PATCH', path: () => '/api/teams/nope', body: () => ({ name: 'Niets' }), expect: adminOnly(404) },
  { method: 'GET', path: () => '/api/organisation', expect: signedIn(200) },
  {
    method: 'PATCH',
    path: () => '/api/organisation',
    body: () => ({ linkLifetimeDays: 30 }),
    expect: adminOnly(200),
  },
  {
    method: 'POST',
    path: () => '/api/invitations/lookup',
    body: () => ({ token: 'x'.repeat(43) }),
    expect: everyone(404),
  },
  {
    method: 'POST',
    path: () => '/api/invitations/accept',
    body: () => ({ token: 'x'.repeat(43), password: 'een-lang-wachtwoord' }),
    expect: everyone(404),
  },
  { method: 'GET', path: () => '/api/my-agreements', expect: signedIn(200) },
  { method: 'GET', path: () => '/api/insight', expect: signedIn(200) },
  { method: 'GET', path: () => '/api/insight/scopes', expect: signedIn(200) },
  {
    method: 'GET',
    path: (_f, ids) => `/api/insight?scope=team&id=${ids.teamId}`,
    expect: { anonymous: 401, owner: 403, otherLeader: 403, coach: 200, otherCoach: 403, admin: 200 },
  },
  {
    method: 'GET',
    path: (_f, ids) => `/api/insight?scope=leader&id=${ids.ownerId}`,
    expect: { anonymous: 401, owner: 200, otherLeader: 404, coach: 200, otherCoach: 403, admin: 200 },
  },
  {
    method: 'GET',
    path: () => '/api/insight?scope=organisation',
    expect: { anonymous: 401, owner: 403, otherLeader: 403, coach: 403, otherCoach: 403, admin: 200 },
  },
  {
    method: 'GET',
    path: (_f, ids) => `/api/insight/export.csv?scope=team&id=${ids.teamId}`,
    expect: { anonymous: 401, owner: 403, otherLeader: 403, coach: 200, otherCoach: 403, admin: 200 },
  },
  {
    method: 'POST',
    path: (f) => `${c(f)}/agreements/${f.agreementId}/move`,
    body: () => ({ deadline: '2026-12-18', reason: 'Ziek' }),
    expect: ownerOnly(200),
  },
  {
    method: 'POST',
    path: (f) => `${c(f)}/agreements/${f.agreementId}/done`,
    body: () => ({ note: 'Gebeld', link: 'https://example.nl/brief' }),
    expect: ownerOnly(200),
  },
  { method: 'GET', path: () => '/api/conversations', expect: signedIn(200) },
  {
    method: 'POST',
    path: () => '/api/conversations',
    body: () => ({ typeId: 'TYPE', title: 'Nieuw', startsAt: '2026-11-27T10:00:00Z', mode: 'phone' }),
    expect: signedIn(201),
  },
  { method: 'GET', path: c, expect: ownerOnly(200) },
  { method: 'PATCH', path: c, body: () => ({ title: 'Anders' }), expect: ownerOnly(200) },
  {
    method: 'POST',
    path: (f) => `${c(f)}/participants`,
    body: () => ({ name: 'Nieuw' }),
    expect: ownerOnly(201),
  },
  {
    method: 'PATCH',
    path: (f) => `${c(f)}/participants/${f.participantId}`,
    body: () => ({ role: 'buur' }),
    expect: ownerOnly(200),
  },
  {
    method: 'PUT',
    path: (f) => `${c(f)}/steps/summary`,
    body: () => ({ state: 'done' }),
    expect: ownerOnly(200),
  },
  {
    method: 'PUT',
    path: (f) => `${c(f)}/summary`,
    body: () => ({ text: 'Samenvatting' }),
    expect: ownerOnly(200),
  },
  {
    method: 'PUT',
    path: (f) => `${c(f)}/summary/confirmations/${f.participantId}`,
    body: () => ({ state: 'confirmed' }),
    expect: ownerOnly(200),
  },
  {
    method: 'POST',
    path: (f) => `${c(f)}/agreements`,
    body: () => ({ sourceText: 'x' }),
    expect: ownerOnly(201),
  },
  {
    method: 'PATCH',
    path: (f) => `${c(f)}/agreements/${f.agreementId}`,
    body: () => ({ status: 'done' }),
    expect: ownerOnly(200),
  },
  {
    method: 'POST',
    path: (f) => `${c(f)}/expectations`,
    body: () => ({ label: 'Stap' }),
    expect: ownerOnly(201),
  },
  {
    method: 'PATCH',
    path: (f) => `${c(f)}/expectations/${f.expectationId}`,
    body: () => ({ note: 'n' }),
    expect: ownerOnly(200),
  },
  {
    method: 'POST',
    path: (f) => `${c(f)}/questions`,
    body: () => ({ text: 'Vraag?' }),
    expect: ownerOnly(201),
  },
  {
    method: 'PATCH',
    path: (f) => `${c(f)}/questions/${f.questionId}`,
    body: () => ({ state: 'answered' }),
    expect: ownerOnly(200),
  },
  {
    method: 'POST',
    path: (f) => `${c(f)}/questions/${f.questionId}/agreement`,
    body: () => ({ sourceText: 'Ik bel u vrijdag terug' }),
    expect: ownerOnly(201),
  },
  {
    method: 'PUT',
    path: (f) => `${c(f)}/question-round`,
    body: () => ({ targetMinutes: 3 }),
    expect: ownerOnly(200),
  },
  { method: 'PUT', path: (f) => `${c(f)}/contact`, body: () => ({ shared: true }), expect: ownerOnly(200) },
  { method: 'PUT', path: (f) => `${c(f)}/feedback`, body: () => ({ asked: true }), expect: ownerOnly(200) },
  { method: 'PUT', path: (f) => `${c(f)}/thanks`, body: () => ({ said: true }), expect: ownerOnly(200) },
  { method: 'GET', path: (f) => `${c(f)}/closing-check`, expect: ownerOnly(200) },
  { method: 'GET', path: (f) => `${c(f)}/audit`, expect: ownerOnly(200) },
  // The access log: its leader and administrators (issue 12).
  {
    method: 'GET',
    path: (f) => `${c(f)}/access-log`,
    expect: { ...ownerOnly(200), admin: 200 },
  },
  { method: 'GET', path: (f) => `${c(f)}/report?format=html`, expect: ownerOnly(200) },
  { method: 'GET', path: (f) => `${c(f)}/report?format=ics&audience=participants`, expect: ownerOnly(200) },
  {
    method: 'GET',
    path: (f) => `${c(f)}/report?format=text&audience=participant&participantId=${f.participantId}`,
    expect: ownerOnly(200),
  },
  { method: 'GET', path: (f) => `${c(f)}/report?format=vcf`, expect: ownerOnly(200) },
  // The matrix's app has no PDF renderer: the owner learns what to install, the others learn nothing.
  { method: 'GET', path: (f) => `${c(f)}/report?format=pdf`, expect: ownerOnly(503) },
  // Sharing: the conversation's own leader only. Mail is not set up in this harness: sharing by mail says so.
  { method: 'GET', path: (f) => `${c(f)}/share`, expect: ownerOnly(200) },
  { method: 'POST', path: (f) => `${c(f)}/share`, body: () => ({}), expect: ownerOnly(409) },
  {
    method: 'POST',
    path: (f) => `${c(f)}/participants/${f.participantId}/link`,
    body: () => ({}),
    expect: ownerOnly(200),
  },
  {
    method: 'POST',
    path: (f) => `${c(f)}/participants/${f.participantId}/handout`,
    body: () => ({}),
    expect: ownerOnly(200),
  },
  { method: 'DELETE', path: (f) => `${c(f)}/participants/${f.participantId}/links`, expect: ownerOnly(200) },
  { method: 'POST', path: (f) => `${c(f)}/deliveries/nope/retry`, body: () => ({}), expect: ownerOnly(404) },
  { method: 'GET', path: (f) => `${c(f)}/versions/1`, expect: ownerOnly(200) },
  { method: 'GET', path: () => '/api/notifications', expect: signedIn(200) },
  { method: 'POST', path: () => '/api/notifications/read', body: () => ({}), expect: signedIn(200) },
  {
    method: 'POST',
    path: () => '/api/notifications/read',
    body: () => ({ conversationId: 'CONVERSATION' }),
    expect: ownerOnly(200),
  },
  { method: 'DELETE', path: (f) => `${c(f)}/participants/${f.participantId}`, expect: ownerOnly(200) },
  { method: 'DELETE', path: (f) => `${c(f)}/agreements/${f.agreementId}`, expect: ownerOnly(200) },
  { method: 'DELETE', path: (f) => `${c(f)}/expectations/${f.expectationId}`, expect: ownerOnly(200) },
  { method: 'DELETE', path: (f) => `${c(f)}/questions/${f.questionId}`, expect: ownerOnly(200) },
  { method: 'POST', path: (f) => `${c(f)}/finish`, body: () => ({ force: true }), expect: ownerOnly(200) },
  // The fixture is open: its owner hears that there is nothing to reopen; everyone else that it does not exist.
  {
    method: 'POST',
    path: (f) => `${c(f)}/reopen`,
    body: () => ({ reason: 'Een correctie' }),
    expect: ownerOnly(409),
  },
  { method: 'DELETE', path: c, expect: ownerOnly(204) },
  {
    method: 'POST',
    path: () => '/api/agreements/read',
    body: () => ({ text: 'Ik bel u vrijdag.', date: '2026-11-27' }),
    expect: signedIn(200),
  },
  // Sign-in methods and password reset (issue 12). Without mail set up a reset is 503.
  { method: 'GET', path: () => '/api/auth/methods', expect: everyone(200) },
  {
    method: 'POST',
    path: () => '/api/auth/password-reset',
    body: () => ({ email: 'x@example.nl' }),
    expect: everyone(503),
  },
  {
    method: 'POST',
    path: () => '/api/auth/password-reset/confirm',
    body: () => ({ token: 'x'.repeat(43), password: 'een-nieuw-wachtwoord' }),
    expect: everyone(400),
  },
  // Privacy (issue 12): administrators only.
  { method: 'GET', path: () => '/api/privacy/retention', expect: adminOnly(200) },
  {
    method: 'PUT',
    path: (_f, ids) => `/api/privacy/retention/${ids.typeId}`,
    body: () => ({ months: 24, action: 'anonymise' }),
    expect: adminOnly(200),
  },
  { method: 'POST', path: () => '/api/privacy/retention/run?dryRun=true', expect: adminOnly(200) },
  { method: 'GET', path: () => '/api/privacy/people?q=niemand', expect: adminOnly(200) },
  {
    method: 'POST',
    path: () => '/api/privacy/people/export',
    body: () => ({ participantIds: ['nobody'] }),
    expect: adminOnly(404),
  },
  {
    method: 'POST',
    path: () => '/api/privacy/people/erase',
    body: () => ({ participantIds: ['nobody'] }),
    expect: adminOnly(404),
  },
  { method: 'POST', path: () => '/api/auth/logout', expect: signedIn(204) },
];

for (const dialect of dialects()) {
  describe(`authorisation matrix on ${dialect}`, () => {
    let h: Harness;
    let clients: Record<Role, Client>;
    let ids: Ids;
    let owner: Client & { userId: string };
    let counter = 0;

    before(async () => {
      h = await startHarness(dialect);
      const admin = await setUp(h.app);
      const team = (await admin.post('/api/teams', { name: 'Team Oost' })).json();
      const otherTeam = (await admin.post('/api/teams', { name: 'Team West' })).json();
      owner = await userClient(h.app, admin, {
        email: 'olga@example.nl',
        name: 'Olga',
        role: 'leader',
        teamId: team.id,
      });
      const otherLeader = await userClient(h.app, admin, {
        email: 'bram@example.nl',
        name: 'Bram',
        role: 'leader',
        teamId: team.id,
      });
      const coach = await userClient(h.app, admin, {
        email: 'cees@example.nl',
        name: 'Cees',
        role: 'coach',
        teamId: team.id,
      });
      const otherCoach = await userClient(h.app, admin, {
        email: 'dirk@example.nl',
        name: 'Dirk',
        role: 'coach',
        teamId: otherTeam.id,
      });
      const types = (await owner.get('/api/conversation-types')).json();
      ids = {
        teamId: team.id,
        ownerId: owner.userId,
        otherLeaderId: otherLeader.userId,
        typeId: types[0].id,
      };
      clients = { anonymous: new Client(h.app), owner, otherLeader, coach, otherCoach, admin };
    });
    after(async () => h.close());

    /** A conversation of the owner with one of everything. */
    async function fixture(): Promise<Fixture> {
      const created = await owner.post('/api/conversations', {
        typeId: ids.typeId,
        title: 'Van Olga',
        startsAt: '2026-11-27T10:00:00Z',
        mode: 'in_person',
        participants: [{ name: 'Ilse' }],
      });
      const conversationId = created.json().id;
      const participantId = created.json().participants[0].id;
      const withAgreement = await owner.post(`/api/conversations/${conversationId}/agreements`, {
        sourceText: 'a',
      });
      const withQuestion = await owner.post(`/api/conversations/${conversationId}/questions`, { text: 'q' });
      // A first version exists (a link was made), so earlier versions can be read.
      await owner.post(
        `/api/conversations/${conversationId}/participants/${created.json().participants[0].id}/link`,
      );
      return {
        conversationId,
        participantId,
        agreementId: withAgreement.json().closing.agreements[0].id,
        expectationId: created.json().closing.expectations[0].id,
        questionId: withQuestion.json().closing.questions[0].id,
      };
    }

    for (const row of ROWS) {
      test(`${row.method} ${row.path(
        {
          conversationId: ':id',
          participantId: ':participantId',
          agreementId: ':agreementId',
          expectationId: ':expectationId',
          questionId: ':questionId',
        },
        { teamId: ':teamId', ownerId: ':ownerId', otherLeaderId: ':userId', typeId: ':typeId' },
      )}`, async () => {
        const f = await fixture();
        const stored = (await owner.get(c(f))).body;
        const seen: Record<string, number> = {};
        for (const role of ROLES) {
          let client = clients[role];
          if (row.path(f, ids) === '/api/auth/logout' && role !== 'anonymous') {
            // Log out a second session of the same user, so the matrix's own sessions stay.
            client = new Client(h.app);
            const email =
              role === 'admin'
                ? ADMIN.email
                : `${{ owner: 'olga', otherLeader: 'bram', coach: 'cees', otherCoach: 'dirk' }[role as 'owner']}@example.nl`;
            const password = role === 'admin' ? ADMIN.password : 'een-goed-wachtwoord-123';
            assert.equal((await client.post('/api/auth/login', { email, password })).statusCode, 200);
          }
          let body = row.body?.(++counter);
          if (body && typeof body === 'object' && 'typeId' in body) body = { ...body, typeId: ids.typeId };
          if (body && typeof body === 'object' && 'conversationId' in body)
            body = { ...body, conversationId: f.conversationId };
          const response = await client.request(row.method, row.path(f, ids), body);
          seen[role] = response.statusCode;
          if (response.statusCode >= 400) assert.ok(codeOf(response), `${role}: error body has a code`);
          if (role !== 'owner' && row.expect.owner < 300 && row.path(f, ids).startsWith(c(f))) {
            // Nobody but the owner changed the conversation.
            assert.equal((await owner.get(c(f))).body, stored, `${role} changed nothing`);
          }
        }
        assert.deepEqual(seen, row.expect);
      });
    }

    test('lists show only the own conversations', async () => {
      await fixture();
      const mine = (await owner.get('/api/conversations')).json();
      const theirs = (await clients.otherLeader.get('/api/conversations')).json();
      assert.ok(mine.items.every((i: { leaderId: string }) => i.leaderId === owner.userId));
      assert.ok(theirs.items.every((i: { leaderId: string }) => i.leaderId !== owner.userId));
    });

    test('statistics are counts only, no content', async () => {
      const stats = (await clients.coach.get(`/api/teams/${ids.teamId}/statistics`)).json();
      assert.ok(stats.conversations > 0);
      assert.deepEqual(Object.keys(stats).sort(), [
        'agreements',
        'closed',
        'conversations',
        'steps',
        'teamId',
      ]);
      assert.doesNotMatch(JSON.stringify(stats), /Olga|Ilse/);
    });
  });
}

// The participant's link as a role: it opens its own page and answers there, and nothing else.
for (const dialect of dialects()) {
  describe(`the participant link as a role on ${dialect}`, () => {
    let h: Harness;
    let owner: Client & { userId: string };
    before(async () => {
      h = await startHarness(dialect);
      const admin = await setUp(h.app);
      owner = await userClient(h.app, admin, { email: 'olga@example.nl', name: 'Olga', role: 'leader' });
    });
    after(async () => h.close());

    async function conversationWithLink() {
      const types = (await owner.get('/api/conversation-types')).json();
      const created = (
        await owner.post('/api/conversations', {
          typeId: types[0].id,
          title: 'Met link',
          startsAt: '2026-11-27T10:00:00Z',
          mode: 'in_person',
          participants: [{ name: 'Ilse' }, { name: 'Kees' }],
        })
      ).json();
      const withAgreement = (
        await owner.post(`/api/conversations/${created.id}/agreements`, {
          sourceText: 'Kees belt',
          owner: created.participants[1].id,
          action: 'belt',
        })
      ).json();
      const link = (
        await owner.post(`/api/conversations/${created.id}/participants/${created.participants[0].id}/link`)
      ).json();
      const path = new URL(link.url).pathname;
      const page = (await h.app.inject({ method: 'GET', url: path })).body;
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
      return { id: created.id, path, csrf, agreementId: withAgreement.closing.agreements[0].id };
    }

    const form = (url: string, fields: Record<string, string>) =>
      h.app.inject({
        method: 'POST',
        url,
        payload: new URLSearchParams(fields).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });

    test('a link opens its own page and nothing of the API', async () => {
      const mine = await conversationWithLink();
      assert.equal((await h.app.inject({ method: 'GET', url: mine.path })).statusCode, 200);
      // The token is no session: the API stays closed to it, also with the token as a cookie.
      const token = mine.path.split('/')[2]!;
      for (const url of [
        `/api/conversations/${mine.id}`,
        `/api/conversations/${mine.id}/share`,
        '/api/notifications',
      ]) {
        const response = await h.app.inject({
          method: 'GET',
          url,
          headers: { cookie: `sluitstuk_session=${token}` },
        });
        assert.equal(response.statusCode, 401, url);
      }
    });

    test("a link cannot answer for another conversation's agreement, nor mark another's agreement done", async () => {
      const mine = await conversationWithLink();
      const theirs = await conversationWithLink();
      const before = (await owner.get(`/api/conversations/${theirs.id}`)).body;
      const foreign = await form(`${mine.path}/agreements/${theirs.agreementId}`, {
        _csrf: mine.csrf,
        answer: 'accepted',
      });
      assert.equal(foreign.statusCode, 303);
      const notMine = await form(`${mine.path}/agreements/${mine.agreementId}/done`, {
        _csrf: mine.csrf,
        note: 'x',
      });
      assert.equal(notMine.statusCode, 303);
      assert.equal((await owner.get(`/api/conversations/${theirs.id}`)).body, before);
      assert.equal(
        (await owner.get(`/api/conversations/${mine.id}`)).json().closing.agreements[0].status,
        'open',
      );
      // One link's CSRF token does not work for another link.
      const crossed = await form(`${theirs.path}/summary`, { _csrf: mine.csrf, answer: 'confirmed' });
      assert.equal(crossed.statusCode, 403);
    });

    test('a signed-in leader has no way into a page without its link', async () => {
      const response = await owner.get(`/p/${'B'.repeat(43)}`);
      assert.equal(response.statusCode, 404);
    });
  });
}
