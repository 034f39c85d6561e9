// Practice over HTTP on every dialect: attempts are replayed and scored by the server, kept per leader,
// shared only by choice, and a coach sees only numbers of their own team. Someone else's attempt is 404.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dialects } from './dialects.ts';
import { Client, codeOf, setUp, startHarness, userClient, type Harness } from './harness.ts';
import { DEFAULT_SCENARIOS_DIR } from '../../src/config/index.ts';
import { parseScenario } from '../../src/practice/index.ts';

const ID = 'nl-balie-boze-klant';
const read = parseScenario(`${ID}.yaml`, readFileSync(join(DEFAULT_SCENARIOS_DIR, `${ID}.yaml`), 'utf8'));
if (!read.ok) throw read.error;
const GOOD = read.value.rehearsals![0]!.turns;
const POOR = read.value.rehearsals![1]!.turns.slice(0, 2);

for (const dialect of dialects()) {
  describe(`practice over HTTP (${dialect})`, () => {
    let h: Harness;
    let admin: Client;
    let lea: Client & { userId: string };
    let ben: Client & { userId: string };
    let coach: Client & { userId: string };
    let otherCoach: Client & { userId: string };
    let loner: Client & { userId: string };
    let teamId: string;

    before(async () => {
      h = await startHarness(dialect);
      admin = await setUp(h.app);
      teamId = (await admin.post('/api/teams', { name: 'Team Oost' })).json().id;
      const otherTeam = (await admin.post('/api/teams', { name: 'Team West' })).json().id;
      lea = await userClient(h.app, admin, { email: 'lea@example.nl', name: 'Lea', role: 'leader', teamId });
      ben = await userClient(h.app, admin, { email: 'ben@example.nl', name: 'Ben', role: 'leader', teamId });
      coach = await userClient(h.app, admin, { email: 'co@example.nl', name: 'Cor', role: 'coach', teamId });
      otherCoach = await userClient(h.app, admin, {
        email: 'west@example.nl',
        name: 'Wes',
        role: 'coach',
        teamId: otherTeam,
      });
      loner = await userClient(h.app, admin, { email: 'solo@example.nl', name: 'Solo', role: 'leader' });
    });
    after(() => h.close());

    test('scenarios and cards are listed; a scenario comes without its rehearsals', async () => {
      const list = await lea.get('/api/practice/scenarios');
      assert.equal(list.statusCode, 200);
      assert.ok(list.json().length >= 10);
      const one = await lea.get(`/api/practice/scenarios/${ID}`);
      assert.equal(one.statusCode, 200);
      assert.equal(one.json().scenario.id, ID);
      assert.equal(one.json().scenario.rehearsals, undefined);
      assert.equal(one.json().card.id, 'nl-balie-klacht');
      const cards = await lea.get('/api/practice/cards?type=klachtgesprek');
      assert.ok(cards.json().some((c: { id: string }) => c.id === 'nl-balie-klacht'));
      const card = await lea.get('/api/practice/cards/nl-balie-klacht');
      assert.ok(card.json().scenarios.some((s: { id: string }) => s.id === ID));
      assert.equal(codeOf(await lea.get('/api/practice/scenarios/nope')), 'scenario_not_found');
      assert.equal(codeOf(await lea.get('/api/practice/cards/nope')), 'practice_card_not_found');
      assert.equal((await new Client(h.app).get('/api/practice/scenarios')).statusCode, 401);
    });

    test('an attempt is replayed and scored by the server, whatever the browser thinks', async () => {
      const saved = await lea.post('/api/practice/attempts', {
        scenarioId: ID,
        seed: 3,
        beginner: true,
        turns: GOOD,
      });
      assert.equal(saved.statusCode, 201, saved.body);
      const { attempt, debrief } = saved.json();
      assert.equal(attempt.end, 'good');
      assert.equal(attempt.shared, false);
      assert.equal(debrief.end, 'good');
      assert.deepEqual(attempt.score, debrief.score);
      // A made-up score in the body is refused, not stored.
      const forged = await lea.post('/api/practice/attempts', {
        scenarioId: ID,
        turns: POOR,
        score: { total: 100 },
      });
      assert.equal(forged.statusCode, 400);
      const poor = await lea.post('/api/practice/attempts', { scenarioId: ID, turns: POOR });
      assert.equal(poor.json().attempt.end, 'broken_off');
      assert.ok(poor.json().attempt.score.total < attempt.score.total);
      const history = (await lea.get(`/api/practice/attempts?scenarioId=${ID}`)).json();
      assert.deepEqual(
        history.map((a: { end: string }) => a.end),
        ['good', 'broken_off'],
      );
      assert.equal(history[0].turns, undefined);
      const again = await lea.get(`/api/practice/attempts/${attempt.id}`);
      assert.equal(again.statusCode, 200);
      assert.deepEqual(again.json().turns, GOOD);
      assert.deepEqual(again.json().debrief.score, attempt.score);
    });

    test('unfinished, overlong and hostile attempts are refused with a clear code; nothing is stored', async () => {
      const before = (await ben.get('/api/practice/attempts')).json().length;
      const unfinished = await ben.post('/api/practice/attempts', { scenarioId: ID, turns: [GOOD[0]] });
      assert.equal(unfinished.statusCode, 400);
      assert.equal(unfinished.json().error.details.reason, 'not_ended');
      const extra = await ben.post('/api/practice/attempts', {
        scenarioId: ID,
        turns: [...POOR, 'Nog iets.'],
      });
      assert.equal(extra.json().error.details.reason, 'turns_after_end');
      assert.equal((await ben.post('/api/practice/attempts', { scenarioId: ID, turns: [] })).statusCode, 400);
      assert.equal(
        (await ben.post('/api/practice/attempts', { scenarioId: ID, turns: ['x'.repeat(2001)] })).statusCode,
        400,
      );
      assert.equal(
        codeOf(await ben.post('/api/practice/attempts', { scenarioId: 'nope', turns: POOR })),
        'scenario_not_found',
      );
      const hostile = await ben.post('/api/practice/attempts', {
        scenarioId: ID,
        turns: ["<script>alert(1)</script>'; DROP TABLE practice_attempts;--\u202e", POOR[0]!],
      });
      assert.equal(hostile.statusCode, 201);
      const stored = (await ben.get(`/api/practice/attempts/${hostile.json().attempt.id}`)).json();
      assert.equal(stored.turns[0], "<script>alert(1)</script>'; DROP TABLE practice_attempts;--");
      assert.equal((await ben.get('/api/practice/attempts')).json().length, before + 1);
    });

    test("someone else's attempt is not found; the coach and the admin cannot read it either", async () => {
      const id = (await lea.get('/api/practice/attempts')).json()[0].id;
      for (const other of [ben, coach, admin]) {
        assert.equal((await other.get(`/api/practice/attempts/${id}`)).statusCode, 404);
        assert.equal((await other.patch(`/api/practice/attempts/${id}`, { shared: true })).statusCode, 404);
        assert.equal((await other.delete(`/api/practice/attempts/${id}`)).statusCode, 404);
      }
      assert.ok(!(await ben.get('/api/practice/attempts')).json().some((a: { id: string }) => a.id === id));
      assert.equal((await new Client(h.app).get(`/api/practice/attempts/${id}`)).statusCode, 401);
    });

    test('sharing is a choice per attempt, with CSRF, and only with a team', async () => {
      const id = (await lea.get('/api/practice/attempts')).json()[0].id;
      const noCsrf = await lea.request(
        'PATCH',
        `/api/practice/attempts/${id}`,
        { shared: true },
        { 'x-csrf-token': 'nope' },
      );
      assert.equal(noCsrf.statusCode, 403);
      const shared = await lea.patch(`/api/practice/attempts/${id}`, { shared: true });
      assert.equal(shared.statusCode, 200);
      assert.equal(shared.json().shared, true);
      const own = await loner.post('/api/practice/attempts', { scenarioId: ID, turns: POOR });
      const refused = await loner.patch(`/api/practice/attempts/${own.json().attempt.id}`, { shared: true });
      assert.equal(refused.statusCode, 409);
      assert.equal(refused.json().error.details.reason, 'no_team');
    });

    test('the coach sees only numbers of what the leaders of their own team shared', async () => {
      // Ben shares two attempts (poor, then good): an improvement; Lea shared one good one.
      const poor = (await ben.post('/api/practice/attempts', { scenarioId: ID, turns: POOR })).json().attempt
        .id;
      h.clock.advance(60_000);
      const good = (await ben.post('/api/practice/attempts', { scenarioId: ID, turns: GOOD })).json().attempt
        .id;
      await ben.patch(`/api/practice/attempts/${poor}`, { shared: true });
      await ben.patch(`/api/practice/attempts/${good}`, { shared: true });
      const view = await coach.get(`/api/teams/${teamId}/practice`);
      assert.equal(view.statusCode, 200);
      const body = view.json();
      assert.equal(body.leadersSharing, 2);
      assert.equal(body.attempts, 3);
      const row = body.scenarios.find((s: { scenarioId: string }) => s.scenarioId === ID);
      assert.equal(row.leaders, 2);
      assert.equal(row.ends.good, 2);
      assert.ok(row.improvement > 0);
      // Numbers only: no names, no ids of people, no words.
      const text = view.body;
      for (const secret of ['Lea', 'Ben', lea.userId, ben.userId, GOOD[0]!])
        assert.ok(!text.includes(secret), secret);
      // Unsharing takes it out again.
      await ben.patch(`/api/practice/attempts/${poor}`, { shared: false });
      assert.equal((await coach.get(`/api/teams/${teamId}/practice`)).json().attempts, 2);
      // Another team's coach, a leader and an administrator may not look.
      assert.equal((await otherCoach.get(`/api/teams/${teamId}/practice`)).statusCode, 403);
      assert.equal((await lea.get(`/api/teams/${teamId}/practice`)).statusCode, 403);
      assert.equal((await admin.get(`/api/teams/${teamId}/practice`)).statusCode, 403);
      assert.equal((await new Client(h.app).get(`/api/teams/${teamId}/practice`)).statusCode, 401);
    });

    test('a leader who moves to another team no longer shows up in the old team', async () => {
      await admin.patch(`/api/users/${ben.userId}`, { teamId: null });
      const body = (await coach.get(`/api/teams/${teamId}/practice`)).json();
      assert.equal(body.leadersSharing, 1);
      await admin.patch(`/api/users/${ben.userId}`, { teamId });
    });

    test('a leader deletes their own attempt', async () => {
      const id = (await lea.get('/api/practice/attempts')).json()[1].id;
      assert.equal((await lea.delete(`/api/practice/attempts/${id}`)).statusCode, 204);
      assert.equal((await lea.get(`/api/practice/attempts/${id}`)).statusCode, 404);
    });
  });
}
