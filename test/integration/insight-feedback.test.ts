// The coach's view of what participants said on their own pages (issue 8's answers and feedback): the share of
// agreements every participant accepted, summaries confirmed vs corrected, the average score over time and the
// tips. Nothing under five answers is shown; tips come without names, dates or order of arrival. Real HTTP
// through the participants' pages, on every dialect.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dialects } from './dialects.ts';
import { setUp, startHarness, userClient, type Client, type Harness } from './harness.ts';

/** The CSRF token in a participant page. */
function csrfIn(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  assert.ok(match, 'no CSRF token on the page');
  return match[1]!;
}

const PERIOD = 'from=2026-11-01&to=2026-11-30';

for (const dialect of dialects()) {
  describe(`the participants' voice in the coach's view on ${dialect}`, () => {
    let h: Harness;
    let leader: Client & { userId: string };
    let coach: Client & { userId: string };
    let teamId: string;
    let typeId: string;

    before(async () => {
      h = await startHarness(dialect);
      const admin = await setUp(h.app);
      teamId = (await admin.post('/api/teams', { name: 'Team West' })).json().id;
      leader = await userClient(h.app, admin, {
        email: 'lotte@example.nl',
        name: 'Lotte',
        role: 'leader',
        teamId,
      });
      coach = await userClient(h.app, admin, {
        email: 'cas@example.nl',
        name: 'Cas',
        role: 'coach',
        teamId,
      });
      const types = (await leader.get('/api/conversation-types')).json() as { id: string; key: string }[];
      typeId = types.find((t) => t.key === 'een-op-een')!.id;
    });
    after(async () => h.close());

    /** A participant's page: the path of a fresh link and its form token. */
    async function pageOf(conversationId: string, participantId: string) {
      const made = await leader.post(
        `/api/conversations/${conversationId}/participants/${participantId}/link`,
      );
      assert.equal(made.statusCode, 200, made.body);
      const path = new URL(made.json().url).pathname;
      const page = await h.app.inject({ method: 'GET', url: path });
      assert.equal(page.statusCode, 200);
      const csrf = csrfIn(page.body);
      const post = async (suffix: string, form: Record<string, string>) => {
        const answer = await h.app.inject({
          method: 'POST',
          url: `${path}${suffix}`,
          payload: new URLSearchParams({ _csrf: csrf, ...form }).toString(),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });
        assert.equal(answer.statusCode, 303, answer.body);
      };
      return { post };
    }

    /** One conversation with one participant and one agreement, shared so the participant has a page. */
    async function conversation(day: string, name: string) {
      const created = await leader.post('/api/conversations', {
        typeId,
        title: `Gesprek met ${name}`,
        startsAt: `${day}T10:00:00+01:00`,
        mode: 'in_person',
        participants: [{ name }],
      });
      assert.equal(created.statusCode, 201, created.body);
      const c = created.json();
      await leader.put(`/api/conversations/${c.id}/summary`, { text: 'We spraken over het rooster.' });
      const withAgreement = await leader.post(`/api/conversations/${c.id}/agreements`, {
        owner: 'leader',
        action: 'het rooster aanpassen',
        measure: 'het nieuwe rooster staat in de app',
        deadline: '2026-11-30',
      });
      assert.equal(withAgreement.statusCode, 201, withAgreement.body);
      const agreementId = withAgreement.json().closing.agreements[0].id;
      await leader.post(`/api/conversations/${c.id}/finish`, { force: true });
      return { id: c.id as string, participantId: c.participants[0].id as string, agreementId };
    }

    const view = async (client: Client, query: string) => {
      const response = await client.get(`/api/insight?${query}`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json();
    };

    test('four answers show nothing; from five on the score, its trend and the tips, without names or dates', async () => {
      // Week of Monday 9 November: five conversations; week of 16 November: one.
      const days = ['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-17'];
      const names = ['Anouk', 'Bram', 'Chantal', 'Daan', 'Eva', 'Fenna'];
      const conversations = [];
      for (let i = 0; i < days.length; i++) conversations.push(await conversation(days[i]!, names[i]!));
      const scores = ['5', '4', '4', '3', '5', '2'];
      const tips = [
        'Zeg eerder wat de volgende stap is.',
        '',
        '=1+1 meer tijd',
        'Alles was duidelijk.',
        '',
        '',
      ];
      const answers = ['accepted', 'accepted', 'questioned', 'accepted', 'accepted', 'accepted'];
      for (let i = 0; i < 4; i++) {
        const c = conversations[i]!;
        const page = await pageOf(c.id, c.participantId);
        await page.post(
          '/summary',
          i === 3
            ? { answer: 'corrected', correction: 'Het ging ook over verlof.' }
            : { answer: 'confirmed' },
        );
        await page.post(
          `/agreements/${c.agreementId}`,
          answers[i] === 'questioned'
            ? { answer: 'questioned', reason: 'Dat lukt niet voor het eind van de maand.' }
            : { answer: 'accepted' },
        );
        await page.post('/feedback', { score: scores[i]!, wentWell: '', tip: tips[i]! });
      }
      // Four answers: the minimum is five, so nothing of the feedback is shown, not even how many there are.
      let team = await view(coach, `scope=team&id=${teamId}&${PERIOD}`);
      assert.equal(team.enough, true, 'six conversations');
      assert.deepEqual(team.feedback, {
        answers: null,
        score: { shown: false },
        trend: [{ bucket: '2026-11-09', score: null }],
        tips: null,
      });
      assert.deepEqual(team.summaryConfirmed, { shown: false }, 'four answers to the summary');
      assert.deepEqual(team.accepted, { shown: true, part: 3, base: 6, share: 0.5 });

      for (let i = 4; i < 6; i++) {
        const c = conversations[i]!;
        const page = await pageOf(c.id, c.participantId);
        await page.post('/summary', { answer: 'confirmed' });
        await page.post(`/agreements/${c.agreementId}`, { answer: answers[i]! });
        await page.post('/feedback', { score: scores[i]!, wentWell: 'Fijn gesprek.', tip: tips[i]! });
      }
      team = await view(coach, `scope=team&id=${teamId}&${PERIOD}`);
      assert.equal(team.feedback.answers, 6);
      // (5 + 4 + 4 + 3 + 5 + 2) / 6 = 3.8
      assert.deepEqual(team.feedback.score, { shown: true, average: 3.8, base: 6 });
      // The week of 9 November has five scores (4.2); the week of 16 November one, which is not shown.
      assert.deepEqual(team.feedback.trend, [
        { bucket: '2026-11-09', score: 4.2 },
        { bucket: '2026-11-16', score: null },
      ]);
      // Alphabetical, so their order says nothing about who wrote them or when.
      assert.deepEqual(team.feedback.tips, [
        '=1+1 meer tijd',
        'Alles was duidelijk.',
        'Zeg eerder wat de volgende stap is.',
      ]);
      // Five of six accepted everything; one questioned it.
      assert.deepEqual(team.accepted, { shown: true, part: 5, base: 6, share: 5 / 6 });
      assert.deepEqual(team.summaryConfirmed, { shown: true, part: 5, base: 6, share: 5 / 6 });
      const lotte = team.leaders.find((l: { name: string }) => l.name === 'Lotte');
      assert.deepEqual(lotte.feedbackScore, { shown: true, average: 3.8, base: 6 });
      // No names of participants, no days the feedback was given, no words of the conversations.
      const text = JSON.stringify(team);
      for (const name of names) assert.ok(!text.includes(name), name);
      assert.doesNotMatch(text, /2026-11-27|rooster|verlof|Fijn gesprek/);

      // The leader's own view has their own tips; the team beside it shows its score, never its tips.
      const own = await view(leader, PERIOD);
      assert.equal(own.feedback.tips.length, 3);
      assert.equal(own.compare.feedback.tips, null);
      assert.deepEqual(own.compare.feedback.score, { shown: true, average: 3.8, base: 6 });

      // The CSV carries the same figures; a tip that looks like a formula stays plain text.
      const csv = await coach.get(`/api/insight/export.csv?scope=team&id=${teamId}&${PERIOD}`);
      assert.equal(csv.statusCode, 200);
      assert.match(csv.body, /Team West,Gemiddeld cijfer van de deelnemers \(1 tot 5\),,3\.8,6/);
      assert.match(csv.body, /Team West,Tip,,'=1\+1 meer tijd,/);
      assert.match(csv.body, /Team West,Gemiddeld cijfer in 2026-11-09,,4\.2,/);
    });

    test("an answer to an agreement's earlier wording no longer counts as accepted", async () => {
      const before = await view(coach, `scope=team&id=${teamId}&${PERIOD}`);
      const c = await conversation('2026-11-18', 'Gijs');
      const page = await pageOf(c.id, c.participantId);
      await page.post(`/agreements/${c.agreementId}`, { answer: 'accepted' });
      let team = await view(coach, `scope=team&id=${teamId}&${PERIOD}`);
      assert.equal(team.accepted.part, before.accepted.part + 1);
      // The leader changes what the agreement says: the participant has not accepted these words.
      const changed = await leader.patch(`/api/conversations/${c.id}/agreements/${c.agreementId}`, {
        action: 'het rooster en de vakantieplanning aanpassen',
      });
      assert.equal(changed.statusCode, 200, changed.body);
      team = await view(coach, `scope=team&id=${teamId}&${PERIOD}`);
      assert.equal(team.accepted.part, before.accepted.part);
      assert.equal(team.accepted.base, before.accepted.base + 1);
      // The leader ticks that the participant agreed at the table: accepted again.
      await leader.patch(`/api/conversations/${c.id}/agreements/${c.agreementId}`, {
        acceptedBy: [c.participantId],
      });
      team = await view(coach, `scope=team&id=${teamId}&${PERIOD}`);
      assert.equal(team.accepted.part, before.accepted.part + 1);
    });

    test('one participant ticked twice is still one of two: not everyone accepted', async () => {
      const before = await view(coach, `scope=team&id=${teamId}&${PERIOD}`);
      const c = await conversation('2026-11-19', 'Hanna');
      const added = await leader.post(`/api/conversations/${c.id}/participants`, { name: 'Iris' });
      assert.equal(added.statusCode, 201, added.body);
      const ticked = await leader.patch(`/api/conversations/${c.id}/agreements/${c.agreementId}`, {
        acceptedBy: [c.participantId, c.participantId],
      });
      assert.equal(ticked.statusCode, 200, ticked.body);
      const agreement = ticked.json().closing.agreements.find((a: { id: string }) => a.id === c.agreementId);
      assert.deepEqual(agreement.acceptedBy, [c.participantId]);
      const team = await view(coach, `scope=team&id=${teamId}&${PERIOD}`);
      assert.equal(team.accepted.base, before.accepted.base + 1);
      assert.equal(team.accepted.part, before.accepted.part);
    });
  });
}
