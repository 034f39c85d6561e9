// After the conversation over HTTP, on every dialect: statutory next steps, "Mijn afspraken" with evidence and
// moved deadlines, the coach's view with its minimum, the CSV export, invitations and organisation settings.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dialects } from './dialects.ts';
import type { Client } from './harness.ts';
import { Client as PlainClient, codeOf, setUp, startHarness, userClient, type Harness } from './harness.ts';

interface TypeRow {
  id: string;
  key: string;
}

for (const dialect of dialects()) {
  describe(`follow-up over HTTP on ${dialect}`, () => {
    let h: Harness;
    let admin: Client;
    let leader: Client & { userId: string };
    let coach: Client & { userId: string };
    let teamId: string;
    let types: TypeRow[];

    before(async () => {
      h = await startHarness(dialect);
      admin = await setUp(h.app);
      teamId = (await admin.post('/api/teams', { name: 'Team Noord' })).json().id;
      leader = await userClient(h.app, admin, {
        email: 'lieke@example.nl',
        name: 'Lieke',
        role: 'leader',
        teamId,
      });
      coach = await userClient(h.app, admin, {
        email: 'carl@example.nl',
        name: 'Carl',
        role: 'coach',
        teamId,
      });
      types = (await leader.get('/api/conversation-types')).json();
    });
    after(async () => h.close());

    const typeOf = (key: string) => types.find((t) => t.key === key)!.id;

    async function conversation(key: string, startsAt: string, participants = [{ name: 'Ilse' }]) {
      const response = await leader.post('/api/conversations', {
        typeId: typeOf(key),
        title: 'Gesprek',
        startsAt,
        mode: 'phone',
        participants,
      });
      assert.equal(response.statusCode, 201, response.body);
      return response.json();
    }

    test("a complaint on King's Day's eve: the statutory step says the Algemene termijnenwet moved it", async () => {
      // 16 March 2026 + 6 weeks = Monday 27 April (King's Day) → Tuesday 28 April.
      const c = await conversation('klachtgesprek', '2026-03-16T10:00:00+01:00');
      const step = c.closing.expectations.find((e: { legal: unknown }) => e.legal);
      assert.equal(step.date, '2026-04-28');
      assert.deepEqual(step.legal, { rule: 'awb-9:11', variant: 'standard', from: '2026-03-16' });
      assert.match(step.note, /art\. 9:11 lid 1 Awb/);
      assert.match(step.note, /maandag 27 april 2026/);
      assert.match(step.note, /art\. 1 Algemene termijnenwet/);
      assert.match(step.note, /dinsdag 26 mei 2026/); // postponed by four weeks, past Whit Monday
      // The complaint came in earlier than the conversation: count from that day.
      const moved = await leader.patch(`/api/conversations/${c.id}/expectations/${step.id}`, {
        legalFrom: '2026-03-13',
      });
      assert.equal(moved.statusCode, 200, moved.body);
      const again = moved.json().closing.expectations.find((e: { id: string }) => e.id === step.id);
      assert.equal(again.date, '2026-04-24');
      assert.equal(again.legal.from, '2026-03-13');
      assert.match(again.note, /hier is dat niet zo/);
      // A step without a statutory rule has no day to count from.
      const plain = c.closing.expectations.find((e: { legal: unknown }) => !e.legal);
      const refused = await leader.patch(`/api/conversations/${c.id}/expectations/${plain.id}`, {
        legalFrom: '2026-03-13',
      });
      assert.equal(codeOf(refused), 'validation_failed');
      assert.equal(
        codeOf(
          await leader.patch(`/api/conversations/${c.id}/expectations/${step.id}`, {
            legalFrom: '2026-02-30',
          }),
        ),
        'invalid_date',
      );
    });

    test('Mijn afspraken: overdue, this week, later; mine and waiting; done with evidence; a moved deadline', async () => {
      const c = await conversation('telefoongesprek', '2026-11-20T10:00:00+01:00');
      const ilse = c.participants[0].id;
      const add = async (body: object) =>
        (await leader.post(`/api/conversations/${c.id}/agreements`, body)).json().closing.agreements.at(-1);
      const overdue = await add({ owner: 'leader', action: 'terugbellen', deadline: '2026-11-25' });
      await add({ owner: ilse, action: 'formulier opsturen', deadline: '2026-11-29' });
      await add({ owner: 'leader', action: 'brief sturen', deadline: '2026-12-10' });
      await add({ owner: null, action: 'uitzoeken' });
      // Today is Friday 27 November 2026 (the harness's clock).
      const mine = (await leader.get('/api/my-agreements')).json();
      assert.equal(mine.today, '2026-11-27');
      assert.deepEqual(
        mine.items.map((a: { action: string; group: string; owner: string }) => [a.action, a.group, a.owner]),
        [
          ['terugbellen', 'overdue', 'leader'],
          ['formulier opsturen', 'this_week', 'participant'],
          ['brief sturen', 'later', 'leader'],
          ['uitzoeken', 'no_deadline', 'nobody'],
        ],
      );
      assert.equal(mine.items[0].daysOverdue, 2);
      assert.equal(mine.items[1].ownerName, 'Ilse');
      assert.deepEqual([mine.counts.mine, mine.counts.waiting], [3, 1]);
      const waiting = (await leader.get('/api/my-agreements?side=waiting')).json();
      assert.deepEqual(
        waiting.items.map((a: { action: string }) => a.action),
        ['formulier opsturen'],
      );
      // Nobody else sees them.
      assert.equal((await coach.get('/api/my-agreements')).json().items.length, 0);

      // Bad evidence is refused with a clear code and stores nothing.
      const before = (await leader.get(`/api/conversations/${c.id}`)).body;
      const base = `/api/conversations/${c.id}/agreements/${overdue.id}`;
      assert.equal(
        codeOf(await leader.post(`${base}/done`, { link: 'javascript:alert(1)' })),
        'validation_failed',
      );
      assert.equal(codeOf(await leader.post(`${base}/done`, { doneOn: '2026-12-01' })), 'invalid_date');
      assert.equal(
        codeOf(await leader.post(`${base}/move`, { deadline: '2026-11-20', reason: 'x' })),
        'invalid_date',
      );
      assert.equal(
        codeOf(await leader.post(`${base}/move`, { deadline: '2026-12-04', reason: ' ' })),
        'validation_failed',
      );
      assert.equal((await leader.get(`/api/conversations/${c.id}`)).body, before);

      const moved = await leader.post(`${base}/move`, {
        deadline: '2026-12-04',
        reason: 'Cliënt op vakantie',
      });
      assert.equal(moved.statusCode, 200, moved.body);
      const done = await leader.post(`${base}/done`, {
        note: 'Gebeld <b>en</b> besproken',
        link: 'https://zaak.example.nl/123',
        doneOn: '2026-11-26',
      });
      assert.equal(done.statusCode, 200, done.body);
      const history = done.json().closing.agreements.find((a: { id: string }) => a.id === overdue.id).history;
      assert.deepEqual(
        history.map(
          (e: { kind: string; status: string; deadlineFrom: string | null; deadlineTo: string | null }) => [
            e.kind,
            e.status,
            e.deadlineFrom,
            e.deadlineTo,
          ],
        ),
        [
          ['status', 'open', null, null],
          ['deadline', 'open', '2026-11-25', '2026-12-04'],
          ['status', 'done', null, null],
        ],
      );
      assert.equal(history[1].note, 'Cliënt op vakantie');
      assert.equal(history[2].evidenceLink, 'https://zaak.example.nl/123');
      assert.equal(history[2].doneOn, '2026-11-26');
      assert.equal(history[2].note, 'Gebeld <b>en</b> besproken');
      assert.equal(codeOf(await leader.post(`${base}/done`, {})), 'conflict');
      assert.equal(
        codeOf(await leader.post(`${base}/move`, { deadline: '2026-12-11', reason: 'x' })),
        'conflict',
      );
      // The audit log names what was given, never the words or the link.
      const audit = (await leader.get(`/api/conversations/${c.id}/audit`)).json();
      const entry = audit.find((e: { action: string }) => e.action === 'agreement.done');
      assert.deepEqual(entry.details.evidence, ['note', 'link', 'doneOn']);
      assert.doesNotMatch(JSON.stringify(audit), /zaak\.example|vakantie/);
      assert.equal(
        (await leader.get('/api/my-agreements'))
          .json()
          .items.some((a: { id: string }) => a.id === overdue.id),
        false,
      );
    });

    test('the coach sees the team from five conversations on, never fewer, and the CSV cannot run formulas', async () => {
      const view = async (client: Client, query: string) => {
        const response = await client.get(`/api/insight?${query}`);
        assert.equal(response.statusCode, 200, response.body);
        return response.json();
      };
      const period = 'from=2026-11-01&to=2026-11-30';
      // One conversation so far in November (from the test above): nothing shown.
      const few = await view(coach, `scope=team&id=${teamId}&${period}`);
      assert.equal(few.enough, false);
      assert.equal(few.conversations, null);
      assert.deepEqual(few.closed, { shown: false });
      for (let i = 0; i < 5; i++) {
        const c = await conversation('een-op-een', `2026-11-${10 + i}T09:00:00+01:00`);
        await leader.put(`/api/conversations/${c.id}/steps/summary`, { state: 'done' });
        await leader.put(`/api/conversations/${c.id}/steps/feedback`, {
          state: 'skipped',
          skipReason: '=HYPERLINK("http://x")',
        });
        await leader.post(`/api/conversations/${c.id}/agreements`, {
          owner: 'leader',
          action: 'verslag sturen',
          measure: 'mail',
          deadline: '2026-11-20',
          acceptedBy: [c.participants[0].id],
        });
        await leader.put(`/api/conversations/${c.id}/summary/confirmations/${c.participants[0].id}`, {
          state: i === 0 ? 'corrected' : 'confirmed',
          correction: i === 0 ? 'Anders' : '',
        });
        await leader.post(`/api/conversations/${c.id}/finish`, { force: true });
      }
      const team = await view(coach, `scope=team&id=${teamId}&${period}`);
      assert.equal(team.enough, true);
      assert.equal(team.conversations, 6);
      assert.deepEqual(team.closed, { shown: true, part: 5, base: 6, share: 5 / 6 });
      assert.equal(team.steps.summary.done.part, 5);
      assert.equal(team.steps.feedback.skipped.part, 5);
      assert.deepEqual(team.steps.feedback.topReasons, [{ reason: '=hyperlink("http://x")', count: 5 }]);
      assert.equal(team.smartComplete.part, 5);
      assert.equal(team.accepted.part, 5);
      assert.deepEqual(team.summaryConfirmed, { shown: true, part: 4, base: 5, share: 0.8 });
      // Deadlines 20 November have passed and none is done: kept on time 0 of 5.
      assert.equal(team.keptOnTime.part, 0);
      assert.equal(team.keptOnTime.base >= 5, true);
      assert.equal(team.trendUnit, 'week');
      assert.deepEqual(
        team.trend.map((p: { closed: number | null }) => p.closed),
        // 10–14 November: Tuesday–Saturday of one week (Monday 9 November), five closings.
        [5],
      );
      assert.equal(team.leaders.length, 2);
      const lieke = team.leaders.find((l: { name: string }) => l.name === 'Lieke');
      assert.equal(lieke.conversations, 6);
      const carl = team.leaders.find((l: { name: string }) => l.name === 'Carl');
      assert.equal(carl.conversations, null); // none of his own: nothing shown
      assert.doesNotMatch(JSON.stringify(team), /Ilse|Gesprek|verslag sturen|Anders/);

      // The leader sees themself beside the team.
      const own = await view(leader, period);
      assert.equal(own.scope.kind, 'leader');
      assert.equal(own.compare.name, 'Team Noord');
      assert.equal(own.conversations, 6);

      const csv = await coach.get(`/api/insight/export.csv?scope=team&id=${teamId}&${period}`);
      assert.equal(csv.statusCode, 200);
      assert.match(String(csv.headers['content-type']), /text\/csv/);
      // The typed reason sits inside a quoted cell that starts with the step's name, never at a cell's start.
      assert.match(csv.body, /omdat ""=hyperlink/);
      assert.doesNotMatch(csv.body, /,=/);
      assert.doesNotMatch(csv.body, /,"=/);
      assert.equal(
        codeOf(await coach.get(`/api/insight?scope=team&id=${teamId}&from=2026-12-01&to=2026-11-01`)),
        'invalid_date',
      );
    });

    test('invitations: one link, one use, seven days; the invited colleague signs in with their own password', async () => {
      const invited = await admin.post('/api/users/invite', {
        email: 'Nina@Example.nl',
        name: 'Nina',
        role: 'leader',
        teamId,
      });
      assert.equal(invited.statusCode, 201, invited.body);
      const { token, user } = invited.json();
      assert.equal(user.invited, true);
      assert.ok(token.length >= 43);
      const anonymous = new PlainClient(h.app);
      // No password yet: signing in fails like any wrong password.
      assert.equal(
        codeOf(await anonymous.post('/api/auth/login', { email: 'nina@example.nl', password: '' })),
        'invalid_credentials',
      );
      const lookup = await anonymous.post('/api/invitations/lookup', { token });
      assert.deepEqual(lookup.json(), {
        name: 'Nina',
        email: 'nina@example.nl',
        organisation: 'Gemeente Voorbeeld',
        signIn: 'password',
      });
      assert.equal(
        codeOf(await anonymous.post('/api/invitations/accept', { token, password: 'ninanina' + 'nina' })),
        'weak_password',
      );
      const accepted = await anonymous.post('/api/invitations/accept', {
        token,
        password: 'een-eigen-wachtwoord',
      });
      assert.equal(accepted.statusCode, 200, accepted.body);
      assert.equal(accepted.json().user.invited, false);
      assert.equal((await anonymous.get('/api/auth/session')).statusCode, 200);
      assert.equal(
        codeOf(
          await new PlainClient(h.app).post('/api/invitations/accept', {
            token,
            password: 'nog-een-wachtwoord',
          }),
        ),
        'invitation_invalid',
      );
      // A second invitation replaces the first; after seven days it no longer works.
      const other = (
        await admin.post('/api/users/invite', { email: 'omar@example.nl', name: 'Omar', role: 'coach' })
      ).json();
      const renewed = (await admin.post(`/api/users/${other.user.id}/invitation`)).json();
      assert.equal(
        codeOf(await anonymous.post('/api/invitations/lookup', { token: other.token })),
        'invitation_invalid',
      );
      h.clock.advance(7 * 86_400_000 + 1000);
      assert.equal(
        codeOf(await anonymous.post('/api/invitations/lookup', { token: renewed.token })),
        'invitation_invalid',
      );
      h.clock.advance(-(7 * 86_400_000 + 1000));
      assert.equal(codeOf(await admin.post(`/api/users/${user.id}/invitation`)), 'conflict');
    });

    test('organisation settings: validated, kept sorted, audited by field name', async () => {
      const bad = await admin.patch('/api/organisation', { reminderSchedule: [1, 99] });
      assert.equal(codeOf(bad), 'validation_failed');
      assert.equal(
        codeOf(await admin.patch('/api/organisation', { holidayRegion: 'DE' })),
        'validation_failed',
      );
      assert.equal(
        codeOf(await admin.patch('/api/organisation', { linkLifetimeDays: 0 })),
        'validation_failed',
      );
      const ok = await admin.patch('/api/organisation', {
        reminderSchedule: [5, -2, 0, 0, 1],
        holidayRegion: 'BE',
        linkLifetimeDays: 14,
        name: 'Gemeente Anders',
        contact: 'Bel 14 020 op werkdagen',
      });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.deepEqual(ok.json().settings, {
        holidayRegion: 'BE',
        reminderSchedule: [-2, 0, 1, 5],
        linkLifetimeDays: 14,
      });
      assert.equal(ok.json().organisation.name, 'Gemeente Anders');
      // The share screen says what the links really do: the organisation's lifetime, and a new link has it.
      const shared = await conversation('klachtgesprek', '2026-03-16T10:00:00+01:00');
      const state = await leader.get(`/api/conversations/${shared.id}/share`);
      assert.equal(state.json().linkDays, 14);
      const made = await leader.post(
        `/api/conversations/${shared.id}/participants/${shared.participants[0].id}/link`,
      );
      assert.equal(made.statusCode, 200, made.body);
      assert.equal(Date.parse(made.json().expiresAt) - h.clock.now().getTime(), 14 * 86_400_000);
      assert.equal(ok.json().organisation.contact, 'Bel 14 020 op werkdagen');
      // An empty contact removes it; one that is too long is refused at its field.
      const cleared = await admin.patch('/api/organisation', { contact: '' });
      assert.equal(cleared.json().organisation.contact, null);
      const long = await admin.patch('/api/organisation', { contact: 'x'.repeat(201) });
      assert.equal(codeOf(long), 'validation_failed');
      assert.equal(long.json().error.details.fields[0].path, 'contact');
      assert.equal(codeOf(await leader.patch('/api/organisation', { linkLifetimeDays: 5 })), 'forbidden');
      const log = (await admin.get('/api/audit')).json();
      const actions = log.map((e: { action: string }) => e.action);
      for (const action of [
        'organisation.updated',
        'user.invited',
        'user.reinvited',
        'user.invitation_accepted',
        'team.created',
        'user.created',
      ])
        assert.ok(actions.includes(action), action);
      const settings = log.find(
        (e: { action: string; details: { fields?: string[] } }) =>
          e.action === 'organisation.updated' && e.details.fields?.includes('reminderSchedule'),
      );
      assert.deepEqual(settings.details.fields.sort(), [
        'contact',
        'holidayRegion',
        'linkLifetimeDays',
        'name',
        'reminderSchedule',
      ]);
      assert.equal(codeOf(await leader.get('/api/audit')), 'forbidden');
      await admin.patch('/api/organisation', { holidayRegion: 'NL', name: 'Gemeente Voorbeeld' });
    });
  });
}
