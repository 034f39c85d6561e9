// What the leader's forms rely on, over HTTP on every dialect: validation problems as codes with their
// numbers and words in the language asked for (never zod's English), limits counted in code points as the
// form counts them, ill-formed text refused, a follow-up question turned into an agreement, and the default
// type of a new conversation (the leader's latest, else the organisation's most used).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LIMITS } from '../../src/core/index.ts';
import { dialects } from './dialects.ts';
import type { Client } from './harness.ts';
import { codeOf, setUp, startHarness, userClient, type Harness } from './harness.ts';

for (const dialect of dialects()) {
  describe(`forms over HTTP on ${dialect}`, () => {
    let h: Harness;
    let admin: Client;
    let leader: Client & { userId: string };
    let types: { id: string; key: string }[];
    let id: string;

    const typeOf = (key: string) => types.find((t) => t.key === key)!.id;
    async function create(client: Client, key: string): Promise<string> {
      const response = await client.post('/api/conversations', {
        typeId: typeOf(key),
        title: `Gesprek ${key}`,
        startsAt: '2026-11-27T10:00:00+01:00',
        mode: 'in_person',
        participants: [{ name: 'Ilse Jansen' }],
      });
      assert.equal(response.statusCode, 201, response.body);
      return response.json().id;
    }

    before(async () => {
      h = await startHarness(dialect);
      admin = await setUp(h.app);
      leader = await userClient(h.app, admin, {
        email: 'lea@example.nl',
        name: 'Lea Leider',
        role: 'leader',
      });
      types = (await leader.get('/api/conversation-types')).json();
    });
    after(async () => h.close());

    test('a new leader in a new organisation gets no default: they choose', async () => {
      const answer = (await leader.get('/api/conversation-types/default')).json();
      assert.deepEqual(answer, { typeId: null, basis: null });
    });

    test("the default type is the leader's latest, else the organisation's most used", async () => {
      await create(admin, 'klachtgesprek');
      await create(admin, 'klachtgesprek');
      await create(admin, 'telefoongesprek');
      // Lea has none of her own yet: the organisation's most used.
      assert.deepEqual((await leader.get('/api/conversation-types/default')).json(), {
        typeId: typeOf('klachtgesprek'),
        basis: 'most_used',
      });
      id = await create(leader, 'wmo-keukentafelgesprek');
      assert.deepEqual((await leader.get('/api/conversation-types/default')).json(), {
        typeId: typeOf('wmo-keukentafelgesprek'),
        basis: 'latest',
      });
      // The administrator's own latest is theirs, whatever Lea did.
      assert.equal(
        (await admin.get('/api/conversation-types/default')).json().typeId,
        typeOf('telefoongesprek'),
      );
      // An archived type is never proposed.
      await admin.patch(`/api/conversation-types/${typeOf('wmo-keukentafelgesprek')}`, { archived: true });
      assert.equal(
        (await leader.get('/api/conversation-types/default')).json().typeId,
        typeOf('klachtgesprek'),
      );
      await admin.patch(`/api/conversation-types/${typeOf('wmo-keukentafelgesprek')}`, { archived: false });
    });

    test('validation problems are codes with their numbers, worded in the language asked for', async () => {
      const body = { text: 'x'.repeat(LIMITS.longText + 1) };
      for (const [lang, words] of [
        ['nl', /te lang: hooguit 20\.000 tekens/],
        ['en', /too long: at most 20,000 characters/],
      ] as const) {
        leader.lang = lang;
        const response = await leader.put(`/api/conversations/${id}/summary`, body);
        assert.equal(response.statusCode, 400);
        const [field] = response.json().error.details.fields;
        assert.equal(field.path, 'text');
        assert.equal(field.code, 'too_long');
        assert.deepEqual(field.params, { max: LIMITS.longText });
        assert.match(field.message, words);
      }
      leader.lang = 'nl';
      const bad = await leader.post(`/api/conversations/${id}/participants`, {
        name: '',
        email: 'geen adres',
        phone: 'bel mij',
        contactConsent: true,
      });
      const fields = bad.json().error.details.fields as { path: string; code: string; message: string }[];
      assert.deepEqual(
        fields.map((f) => [f.path, f.code]),
        [
          ['name', 'required'],
          ['email', 'invalid_email'],
          ['phone', 'invalid_phone'],
        ],
      );
      for (const f of fields) assert.doesNotMatch(f.message, /Invalid|expected|received/);
      const when = await leader.patch(`/api/conversations/${id}`, { startsAt: 'morgen' });
      assert.equal(when.json().error.details.fields[0].code, 'invalid_datetime');
      assert.match(when.json().error.details.fields[0].message, /Vul een datum en een tijd in/);
    });

    test('limits count code points, as the form does; ill-formed text is refused, not altered', async () => {
      const emoji = '😀'.repeat(LIMITS.longText);
      const ok = await leader.put(`/api/conversations/${id}/summary`, { text: emoji });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(ok.json().closing.summary.text, emoji);
      const over = await leader.put(`/api/conversations/${id}/summary`, { text: emoji + '😀' });
      assert.equal(over.json().error.details.fields[0].code, 'too_long');
      const broken = await leader.put(`/api/conversations/${id}/summary`, { text: 'half \ud83d' });
      assert.equal(codeOf(broken), 'validation_failed');
      assert.equal(broken.json().error.details.fields[0].code, 'ill_formed_text');
      assert.equal((await leader.get(`/api/conversations/${id}`)).json().closing.summary.text, emoji);
    });

    test('a follow-up question becomes an agreement; the closing check asks for it until then', async () => {
      const withQuestion = await leader.post(`/api/conversations/${id}/questions`, {
        text: 'Kan mijn dochter meekijken?',
        state: 'follow_up',
      });
      const question = withQuestion.json().closing.questions.at(-1);
      const missing = async () =>
        (
          (await leader.get(`/api/conversations/${id}/closing-check`)).json().missing as { code: string }[]
        ).map((m) => m.code);
      assert.ok((await missing()).includes('question_without_agreement'));
      const made = await leader.post(`/api/conversations/${id}/questions/${question.id}/agreement`, {
        sourceText: 'Ik bel Ilse vrijdag of haar dochter kan komen',
        owner: 'leader',
        action: 'bel Ilse of haar dochter kan komen',
        deadline: '2026-12-04',
      });
      assert.equal(made.statusCode, 201, made.body);
      const conversation = made.json();
      const q = conversation.closing.questions.find((x: { id: string }) => x.id === question.id);
      const agreement = conversation.closing.agreements.find((a: { id: string }) => a.id === q.agreementId);
      assert.equal(q.state, 'follow_up');
      assert.equal(agreement.deadline, '2026-12-04');
      assert.equal((await missing()).includes('question_without_agreement'), false);
      // Once only; and an unknown question is not found.
      const again = await leader.post(`/api/conversations/${id}/questions/${question.id}/agreement`, {
        sourceText: 'Nog eens',
      });
      assert.equal(codeOf(again), 'conflict');
      assert.equal(
        codeOf(await leader.post(`/api/conversations/${id}/questions/nope/agreement`, { sourceText: 'x' })),
        'question_not_found',
      );
      // Removing the agreement makes the question need a follow-up again.
      await leader.delete(`/api/conversations/${id}/agreements/${agreement.id}`);
      const after = (await leader.get(`/api/conversations/${id}`)).json();
      assert.equal(
        after.closing.questions.find((x: { id: string }) => x.id === question.id).agreementId,
        null,
      );
      assert.ok((await missing()).includes('question_without_agreement'));
      const audit = (await leader.get(`/api/conversations/${id}/audit`)).json() as { action: string }[];
      assert.ok(audit.some((entry) => entry.action === 'question.followed_up'));
    });
  });
}
